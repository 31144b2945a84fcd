// A network's plan for a year (source 001): its priorities, topics, interests and needs, and its goals with
// their scope and state. Plain functions for the page and its editor.

/** The years a plan can be for, as the networks service takes them. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** The year the address asks for, or the given default when it asks for none or for none that can be. */
export function planYear(param: string | null, fallback: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : fallback;
}

/** What belongs to a year: its priorities in the order of their kinds, its goals by title. */
export function ofYear<
  P extends { year: number; kind: string; title: string },
  G extends { year?: number | null; title: string },
>(
  year: number,
  priorities: readonly P[],
  goals: readonly G[],
  kindOrder: readonly string[],
): { priorities: P[]; goals: G[] } {
  return {
    priorities: priorities
      .filter((p) => p.year === year)
      .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.title.localeCompare(b.title, "de")),
    goals: goals.filter((g) => g.year === year).sort((a, b) => a.title.localeCompare(b.title, "de")),
  };
}

export function titleError(title: string): string | undefined {
  const trimmed = title.trim();
  if (!trimmed) return "Bitte beschreiben Sie es in wenigen Worten.";
  if (trimmed.length < 2) return "Mindestens 2 Zeichen.";
  if (trimmed.length > 500) return "Höchstens 500 Zeichen.";
  return undefined;
}
