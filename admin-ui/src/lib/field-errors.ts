// Apart from problems.ts, which every page loads: only the forms that name a service's field refusals need this.

/**
 * A service's refusals of a form's fields, in the form's German sentences: the service's English words stay for
 * analysts, and a field the form has no sentence for gets a general one.
 */
export function germanFieldErrors(
  fields: Record<string, string>,
  sentences: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(fields).map((field) => [field, sentences[field] ?? "Bitte prüfen Sie diese Angabe."]),
  );
}
