// Apart from labels.ts, so that a form whose choices come from elsewhere does not load every label of the graph.

/** Choices for a select field, in the order of the labels. */
export function choices<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
