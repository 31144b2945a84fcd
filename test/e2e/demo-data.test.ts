/**
 * The subgraphs' demo data refer to each other only by id (no service imports another). This checks, across
 * the seeds, that every organisation and contact the networks refer to exists in the organisations data.
 */
import { budgetDemoData } from "@kinderschutz/demo-data/budgets";
import { networkDemoData } from "@kinderschutz/demo-data/networks";
import { demoDataset } from "@kinderschutz/demo-data/organisations";
import { describe, expect, it } from "vitest";

const organisations = demoDataset();
const networks = networkDemoData();
const organisationIds = new Set(organisations.organisations.map((o) => o.id));
const contactIds = new Set(organisations.contacts.map((c) => c.id));
const regionKeys = new Set(organisations.regions.map((r) => r.key));
const budgets = budgetDemoData();

describe("demo data across subgraphs", () => {
  it("refers only to organisations the organisations subgraph has", () => {
    const referred = [
      ...networks.networks.flatMap((n) => (n.responsibleOfficeId ? [n.responsibleOfficeId] : [])),
      ...networks.memberships.map((m) => m.organisationId),
      ...networks.workingGroups.flatMap((g) => [
        ...g.memberOrganisationIds,
        ...(g.continuedByOrganisationId ? [g.continuedByOrganisationId] : []),
      ]),
      ...networks.meetings.flatMap((m) => [
        ...m.attendeeOrganisationIds,
        ...m.agenda.flatMap((a) => (a.presentingOrganisationId ? [a.presentingOrganisationId] : [])),
      ]),
    ];
    expect(referred.length).toBeGreaterThan(1000);
    expect(referred.filter((id) => !organisationIds.has(id))).toEqual([]);
  });

  it("refers only to contacts and regions the organisations subgraph has", () => {
    const contacts = [
      ...networks.networks.flatMap((n) => (n.coordinatorContactId ? [n.coordinatorContactId] : [])),
      ...networks.subscriptions.flatMap((s) => (s.contactId ? [s.contactId] : [])),
    ];
    expect(contacts.filter((id) => !contactIds.has(id))).toEqual([]);
    expect(networks.networks.map((n) => n.regionKey).filter((key) => !regionKeys.has(key))).toEqual([]);
  });

  it("gives budgets only to youth offices the organisations subgraph has, and books only for its networks", () => {
    const offices = [
      ...budgets.budgets.map((b) => b.youthOfficeId),
      ...budgets.consultations.flatMap((c) => [c.requestingOfficeId, ...c.participants.map((p) => p.organisationId)]),
    ];
    expect(offices.filter((id) => !organisationIds.has(id))).toEqual([]);
    const networkIds = new Set(networks.networks.map((n) => n.id));
    expect(
      budgets.consultations.flatMap((c) => (c.networkId ? [c.networkId] : [])).filter((id) => !networkIds.has(id)),
    ).toEqual([]);
  });
});
