import { demoDataReadRowsMismatches, useSeededDatabase } from "@kinderschutz/subgraph-kit/testing";
import {
  MV_CURRENT_DISTRICT_KEYS,
  NAMED_ORGANISATIONS,
  OFFICE_LEVEL_KINDS as DEMO_OFFICE_LEVEL_KINDS,
  ORGANISATION_NAMES,
  organisationId,
} from "@kinderschutz/demo-data/organisations";
import { describe, expect, it } from "vitest";
import { CooperationAgreement } from "../agreements/cooperation-agreement.entity.js";
import { Contact } from "../contacts/contact.entity.js";
import { organisationsSubgraph } from "../schema.js";
import { Offer } from "../offers/offer.entity.js";
import { Organisation } from "../organisations/organisation.entity.js";
import { OrganisationKind, RecordStatus } from "../organisations/organisation.enums.js";
import { OFFICE_LEVEL_KINDS, Region } from "../regions/region.entity.js";

describe("organisations demo data", () => {
  const seeded = useSeededDatabase(organisationsSubgraph);
  const em = seeded.em;

  it("seeds once: a second run changes nothing", async () => {
    const before = seeded.rowsAfterFirstSeed;
    expect(before.Region).toBeGreaterThan(0);
    expect(before.Organisation).toBeGreaterThan(150);
    expect(before.Contact).toBeGreaterThan(before.Organisation!);
    expect(before.CooperationAgreement).toBeGreaterThan(30);
    expect(before.Offer).toBeGreaterThan(30);
    expect(await seeded.rowCounts()).toEqual(before);
  });

  it("has one active youth office in each of the 8 current districts of Mecklenburg-Vorpommern", async () => {
    const offices = await em().find(Organisation, {
      kind: OrganisationKind.YOUTH_OFFICE,
      status: RecordStatus.ACTIVE,
      districtKey: { $in: [...MV_CURRENT_DISTRICT_KEYS] },
    });
    expect(offices.map((o) => o.districtKey).sort()).toEqual([...MV_CURRENT_DISTRICT_KEYS].sort());
    for (const office of offices) expect(office.id).toBe(organisationId(office.name));
  });

  it("keeps the 2011 district reform: Müritz ended and went into Mecklenburgische Seenplatte", async () => {
    const mueritz = await em().findOneOrFail(Region, "13056", { populate: ["successors", "parent"] });
    expect(mueritz.name).toBe("Landkreis Müritz");
    expect(mueritz.validUntil).toBe("2011-09-03");
    expect(mueritz.parent?.key).toBe("13");
    expect(mueritz.successors.getItems().map((r) => r.key)).toEqual(["13071"]);

    const seenplatte = await em().findOneOrFail(Region, "13071", { populate: ["predecessors"] });
    expect(seenplatte.validFrom).toBe("2011-09-04");
    expect(seenplatte.validUntil ?? null).toBeNull();
    expect(
      seenplatte.predecessors
        .getItems()
        .map((r) => r.key)
        .sort(),
    ).toEqual(["13002", "13052", "13055", "13056"]);
  });

  it("splits Demmin between two successors", async () => {
    const demmin = await em().findOneOrFail(Region, "13052", { populate: ["successors"] });
    expect(
      demmin.successors
        .getItems()
        .map((r) => r.key)
        .sort(),
    ).toEqual(["13071", "13075"]);
  });

  it("lets Rostock and Schwerin continue through the reform", async () => {
    for (const key of ["13003", "13004"]) {
      const city = await em().findOneOrFail(Region, key);
      expect(city.validFrom ?? null).toBeNull();
      expect(city.validUntil ?? null).toBeNull();
    }
  });

  it("derives the district of organisations in municipalities and keeps state-level ones without", async () => {
    // The package places its rows by the same rule as this subgraph keeps records.
    expect([...DEMO_OFFICE_LEVEL_KINDS]).toEqual([...OFFICE_LEVEL_KINDS]);
    const inWaren = await em().find(Organisation, { region: "13071156" });
    expect(inWaren.length).toBeGreaterThan(0);
    for (const org of inWaren) expect(org.districtKey).toBe("13071");
    const ministry = await em().findOneOrFail(Organisation, organisationId(ORGANISATION_NAMES.ministry));
    expect(ministry.districtKey ?? null).toBeNull();
    const mueritzOffice = await em().findOneOrFail(
      Organisation,
      organisationId(ORGANISATION_NAMES.formerYouthOffices["13056"]!),
    );
    expect(mueritzOffice.status).toBe(RecordStatus.ARCHIVED);
    expect(mueritzOffice.districtKey).toBe("13056");
  });

  it("stores every named organisation under its stable id", async () => {
    const stored = await em().find(Organisation, {
      id: { $in: NAMED_ORGANISATIONS.map((o) => organisationId(o.name)) },
    });
    expect(stored).toHaveLength(NAMED_ORGANISATIONS.length);
  });

  it("copies the owning district onto contacts, agreements and offers", async () => {
    const contacts = await em().find(Contact, {}, { populate: ["organisation"] });
    for (const c of contacts) expect(c.districtKey).toBe(c.organisation.districtKey);
    const agreements = await em().find(CooperationAgreement, {}, { populate: ["keeper", "parties"] });
    for (const a of agreements) {
      expect(a.districtKey).toBe(a.keeper.districtKey);
      expect(a.parties.getItems().map((p) => p.id)).toContain(a.keeper.id);
    }
    const offers = await em().find(Offer, {}, { populate: ["provider"] });
    for (const o of offers) expect(o.districtKey).toBe(o.provider.districtKey);
  });

  it("gives every youth office its two network coordinators", async () => {
    const offices = await em().find(Organisation, { kind: OrganisationKind.YOUTH_OFFICE, status: RecordStatus.ACTIVE });
    for (const office of offices) {
      const functions = (await em().find(Contact, { organisation: office })).map((c) => c.function).sort();
      expect(functions).toEqual(["Netzwerkkoordination Frühe Hilfen", "Netzwerkkoordination Kinderschutz"]);
    }
  });

  it("uses only reserved example domains for contact e-mail addresses", async () => {
    const contacts = await em().find(Contact, {});
    for (const c of contacts) expect(c.email).toMatch(/(@|\.)example(\.org)?$/);
  });
});

// Lists and references are served from read-only rows (the kit's readRows): they must hold what entities hold.
it("reads every entity of the demo data as read-only rows exactly as em.find loads it", async () => {
  expect(await demoDataReadRowsMismatches(organisationsSubgraph)).toEqual([]);
});
