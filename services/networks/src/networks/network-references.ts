import type { Caller, Peers } from "@kinderschutz/subgraph-kit";
import { assertCoordinator, assertResponsibleOffice, type ContactFacts, type OfficeFacts } from "./network-references.rules.js";

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
    peers.entities<OfficeFacts>("organisations", "Organisation", { field: "id", values: officeId ? [officeId] : [] }, "kind districtKey"),
    peers.entities<ContactFacts>("organisations", "Contact", { field: "id", values: contactId ? [contactId] : [] }, "organisation { districtKey }"),
  ]);
  if (officeId) assertResponsibleOffice(caller, officeId, offices.get(officeId));
  if (contactId) assertCoordinator(caller, contactId, contacts.get(contactId));
}
