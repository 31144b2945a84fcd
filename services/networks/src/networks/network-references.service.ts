import { today, type Caller, type Peers } from "@kinderschutz/subgraph-kit";
import {
  assertCoordinator,
  assertRegionOpen,
  assertResponsibleOffice,
  type ContactFacts,
  type OfficeFacts,
  type RegionFacts,
} from "./network-references.rules.js";

/**
 * Asks the organisations subgraph about the responsible office and the coordinator a youth office names (the
 * state office names anyone, so it is not asked): which district each belongs to is that subgraph's to say.
 */
export async function checkNetworkReferences(
  peers: Peers,
  caller: Caller,
  named: { responsibleOfficeId?: string | null; coordinatorContactId?: string | null },
): Promise<void> {
  if (caller.role !== "YOUTH_OFFICE") return;
  const officeId = named.responsibleOfficeId ?? undefined;
  const contactId = named.coordinatorContactId ?? undefined;
  const [offices, contacts] = await Promise.all([
    peers.entities<OfficeFacts>(
      "organisations",
      "Organisation",
      { field: "id", values: officeId ? [officeId] : [] },
      "kind districtKey",
    ),
    peers.entities<ContactFacts>(
      "organisations",
      "Contact",
      { field: "id", values: contactId ? [contactId] : [] },
      "organisation { districtKey }",
    ),
  ]);
  if (officeId) assertResponsibleOffice(caller, officeId, offices.get(officeId));
  if (contactId) assertCoordinator(caller, contactId, contacts.get(contactId));
}

/** Asks the organisations subgraph, which keeps the regions, whether the region a network goes into exists today. */
export async function checkNetworkRegion(peers: Peers, regionKey: string | undefined): Promise<void> {
  if (!regionKey) return;
  const regions = await peers.entities<RegionFacts>(
    "organisations",
    "Region",
    { field: "key", values: [regionKey] },
    "name validFrom validUntil",
  );
  assertRegionOpen(regionKey, regions.get(regionKey), today());
}
