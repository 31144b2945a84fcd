/**
 * Bounds the values of a metric label that callers choose (operation names, error codes). Every distinct value
 * is a time series held in memory for the life of the process, so a caller sending a new name with every request
 * could exhaust it: only names of a safe form are kept, at most `max` of them; later ones share `other`.
 */
export class LabelBound {
  private readonly seen = new Set<string>();

  constructor(private readonly options: { pattern: RegExp; max: number; missing: string; other: string }) {}

  label(value: string | null | undefined): string {
    if (value === undefined || value === null || value === "") return this.options.missing;
    if (this.seen.has(value)) return value;
    if (!this.options.pattern.test(value) || this.seen.size >= this.options.max) return this.options.other;
    this.seen.add(value);
    return value;
  }
}

/** GraphQL's own name rule, shortened: longer names are no names people give to operations. */
export const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** Error codes as GraphQL servers write them (`BAD_USER_INPUT`). */
export const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export const MAX_OPERATION_LABELS = 200;
export const MAX_ERROR_CODE_LABELS = 50;

/** Operation names as metric labels: anonymous operations as `anonymous`, beyond the bound `other`. */
export const operationLabels = (max = MAX_OPERATION_LABELS) =>
  new LabelBound({ pattern: OPERATION_NAME, max, missing: "anonymous", other: "other" });

/** Error codes as metric labels: errors without a code as `UNKNOWN`, beyond the bound `OTHER`. */
export const errorCodeLabels = (max = MAX_ERROR_CODE_LABELS) =>
  new LabelBound({ pattern: ERROR_CODE, max, missing: "UNKNOWN", other: "OTHER" });
