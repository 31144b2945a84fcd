import { canReadPersonalData, ForbiddenError, type Caller } from "@kinderschutz/subgraph-kit";

/** Name and address on a mailing list are personal data, visible like contacts' data. */
export function subscriberData(
  caller: Caller,
  subscription: { districtKey?: string | null; name?: string | null; email?: string | null },
  field: "name" | "email",
): string | null {
  if (!canReadPersonalData(caller, subscription.districtKey)) {
    throw new ForbiddenError(
      "Names and e-mail addresses on mailing lists are visible only to the state office and the responsible youth office.",
      "PERSONAL_DATA",
    );
  }
  return subscription[field] ?? null;
}
