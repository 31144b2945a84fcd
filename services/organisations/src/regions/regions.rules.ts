import { validOn } from "@kinderschutz/subgraph-kit";
import type { Region } from "./region.entity.js";
import { OFFICE_LEVEL_KINDS } from "./region.entity.js";

type Validity = Pick<Region, "validFrom" | "validUntil">;

/** Whether a region exists on `day` (YYYY-MM-DD): from its first to its last day, both included. */
export const existsOn = (region: Validity, day: string): boolean => validOn(region, day);

/**
 * Why no record may be placed in `region` on `day`, or null when it may: the region must exist that day, and so
 * must the district around a municipality, whose youth office would keep the record.
 */
export function closedForRecords(
  region: Validity & Pick<Region, "key" | "name"> & { parent?: (Validity & Pick<Region, "key">) | null },
  day: string,
): string | null {
  if (!existsOn(region, day))
    return `Region ${region.key} (${region.name}) does not exist on ${day}${region.validUntil ? `: it was dissolved after ${region.validUntil}` : ""}; use its successor.`;
  if (region.parent && !existsOn(region.parent, day))
    return `Region ${region.key} lies in district ${region.parent.key}, which does not exist on ${day}.`;
  return null;
}

/** Whether `region` is a district or independent city that exists on `day`: one whose youth office may keep records. */
export function isOfficeDistrictOn(region: (Validity & Pick<Region, "kind">) | null | undefined, day: string): boolean {
  return !!region && OFFICE_LEVEL_KINDS.includes(region.kind) && existsOn(region, day);
}
