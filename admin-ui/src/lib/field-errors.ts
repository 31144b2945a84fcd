// Apart from problems.ts, which every page loads: only the forms that show a service's field refusals need this.
import type { FieldIssue } from "#lib/graphql/problems.ts";

/**
 * A service's refusals of a form's fields in German. A refusal only the graph can know (a taken key, days already
 * booked) is said in its own sentence; otherwise the form's sentence for the field where it has one (it knows the
 * field's label), else the sentence for the field's reason. The service's English words stay for analysts.
 */
export async function germanFieldErrors(
  fields: Record<string, FieldIssue>,
  sentences: Record<string, string> = {},
): Promise<Record<string, string>> {
  const entries = Object.entries(fields);
  if (entries.length === 0) return {};
  const { REFUSALS, sayFieldIssue } = await import("#lib/field-sentences.ts");
  return Object.fromEntries(
    entries.map(([field, issue]) => [
      field,
      (issue.reason && REFUSALS[issue.reason]) || sentences[field] || sayFieldIssue(issue),
    ]),
  );
}
