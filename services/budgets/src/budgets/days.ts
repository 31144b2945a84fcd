/**
 * Consultation days are counted in half days (the smallest unit the state office books). They are stored and
 * added as whole numbers of half days, so no sum ever suffers from floating-point rounding; the API speaks days.
 */
export type HalfDays = number;

export const toDays = (halfDays: HalfDays): number => halfDays / 2;

/** Days as given by a person (e.g. 1.5) to half days; undefined when not a positive multiple of a half day. */
export function toHalfDays(days: number): HalfDays | undefined {
  const half = days * 2;
  return Number.isInteger(half) ? half : undefined;
}
