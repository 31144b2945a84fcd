// Kept apart from the membership forms' checks, so that the network page loads only this.

/** How many current members each sector has, the largest first (ties by the sector's label). */
export function countBySector<S extends string>(
  sectors: readonly (S | null | undefined)[],
  labels: Record<S, string>,
): { sector: S; label: string; count: number }[] {
  const counts = new Map<S, number>();
  for (const sector of sectors) if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  return [...counts]
    .map(([sector, count]) => ({ sector, label: labels[sector], count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "de"));
}
