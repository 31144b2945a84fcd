import { AuditEntry, type Database, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import {
  COORDINATOR_FUNCTIONS,
  generateData,
  NATIONWIDE_TODAY,
  nationwideContactId,
  nationwidePlan,
} from "@kinderschutz/demo-data/nationwide";
import { useGeneratedDatabase, youthOffice } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { AgreementStatus, CooperationAgreement } from "./agreements/cooperation-agreement.entity.js";
import { Contact } from "./contacts/contact.entity.js";
import { Offer } from "./offers/offer.entity.js";
import { Organisation } from "./organisations/organisation.entity.js";
import { DEFAULT_SECTOR, OrganisationKind, RecordStatus } from "./organisations/organisation.enums.js";
import { Region } from "./regions/region.entity.js";
import { organisationsGeneration } from "./generation.js";
import { organisationsSubgraph } from "./schema.js";
import { demoDataset } from "./seed/seed.js";

const options = { scale: "germany", states: ["01", "04"], density: 0.2 } as const;
const plan = nationwidePlan(options);
const planned = [...plan.youthOffices, ...plan.partners];
const plannedDistricts = new Set(planned.map((o) => o.districtKey));
const endOfToday = new Date(`${NATIONWIDE_TODAY}T23:59:59Z`);

const generate = (dataDir: string, states: readonly string[] = options.states) =>
  generateData(organisationsGeneration, { ...options, states, dataDir, log: () => {} });

describe("nationwide data of the organisations subgraph", () => {
  const generated = useGeneratedDatabase(organisationsSubgraph, generate);
  const { em } = generated;

  it("adds the planned regions under their parents, beside the demo's", async () => {
    const regions = new Map((await em().find(Region, {}, { populate: ["parent"] })).map((r) => [r.key, r]));
    for (const r of plan.regions) {
      const region = regions.get(r.key);
      expect(region, r.key).toBeDefined();
      expect([region!.name, region!.kind, region!.parent?.key]).toEqual([r.name, r.kind, r.parentKey]);
    }
  });

  it("writes every planned organisation with the plan's id, place and district, active, with the kind's sector", async () => {
    const organisations = new Map(
      (await em().find(Organisation, { id: { $in: planned.map((o) => o.id) } })).map((o) => [o.id, o]),
    );
    expect(organisations.size).toBe(planned.length);
    for (const p of planned) {
      const o = organisations.get(p.id)!;
      expect([o.name, o.kind, o.region.key, o.districtKey, o.city, o.postalCode]).toEqual([
        p.name,
        p.kind,
        p.regionKey,
        p.districtKey,
        p.city,
        p.postalCode,
      ]);
      expect(o.sector).toBe(DEFAULT_SECTOR[o.kind]);
      expect(o.status).toBe(RecordStatus.ACTIVE);
      expect(o.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
      if (o.website) expect(o.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example(\/|$)/);
      expect(o.street).toMatch(/ \d+$/);
      expect(o.createdAt.getTime()).toBeLessThanOrEqual(endOfToday.getTime());
    }
  });

  it("gives each youth office its two coordinators under the plan's contact ids", async () => {
    const contacts = new Map(
      (await em().find(Contact, { organisation: { $in: plan.youthOffices.map((o) => o.id) } })).map((c) => [c.id, c]),
    );
    for (const office of plan.youthOffices) {
      office.coordinatorContactIds.forEach((id, i) => {
        const contact = contacts.get(id);
        expect(contact, `${office.name}: ${COORDINATOR_FUNCTIONS[i]}`).toBeDefined();
        expect([contact!.organisation.id, contact!.function, contact!.districtKey]).toEqual([
          office.id,
          COORDINATOR_FUNCTIONS[i],
          office.districtKey,
        ]);
        expect(contact!.email).toMatch(/\.example$/);
        expect(contact!.phone).toMatch(/^0\d{4} 555 \d{4}$/);
      });
    }
  });

  it("keeps every contact, offer and agreement in the district of the organisation it hangs on", async () => {
    const organisations = new Map(
      (await em().find(Organisation, { districtKey: { $in: [...plannedDistricts] } })).map((o) => [o.id, o]),
    );
    const contacts = await em().find(Contact, { districtKey: { $in: [...plannedDistricts] } });
    const perOrganisation = new Map<string, number>();
    for (const c of contacts) {
      const owner = organisations.get(c.organisation.id)!;
      expect(c.districtKey).toBe(owner.districtKey);
      expect(c.id).toBe(nationwideContactId(owner.id, c.function));
      perOrganisation.set(owner.id, (perOrganisation.get(owner.id) ?? 0) + 1);
    }
    for (const p of plan.partners) expect(perOrganisation.get(p.id) ?? 0).toBeLessThanOrEqual(2);
    expect(contacts.length).toBeGreaterThan(plan.youthOffices.length * 2 + plan.partners.length / 2);

    const offers = await em().find(Offer, { districtKey: { $in: [...plannedDistricts] } });
    for (const o of offers) {
      const provider = organisations.get(o.provider.id)!;
      expect([o.districtKey, o.region?.key]).toEqual([provider.districtKey, provider.region.key]);
      if (o.minAge != null && o.maxAge != null) expect(o.minAge).toBeLessThanOrEqual(o.maxAge);
      expect(o.createdAt.getTime()).toBeGreaterThanOrEqual(provider.createdAt.getTime());
    }
    expect(offers.length / planned.length).toBeGreaterThan(0.4);
    expect(offers.length / planned.length).toBeLessThan(0.6);

    const agreements = await em().find(
      CooperationAgreement,
      { districtKey: { $in: [...plannedDistricts] } },
      { populate: ["parties"] },
    );
    expect(agreements.length).toBeGreaterThan(0);
    const districtsWithAgreements = new Set(agreements.map((a) => a.districtKey));
    expect(districtsWithAgreements.size).toBeLessThanOrEqual(plannedDistricts.size);
    for (const a of agreements) {
      const keeper = organisations.get(a.keeper.id)!;
      expect(keeper.kind).toBe(OrganisationKind.YOUTH_OFFICE);
      expect(a.districtKey).toBe(keeper.districtKey);
      const parties = a.parties.getItems();
      expect(parties.map((p) => p.id)).toContain(keeper.id);
      expect(parties.length).toBeGreaterThanOrEqual(2);
      for (const p of parties) expect(p.districtKey).toBe(a.districtKey);
      if (a.status === AgreementStatus.SIGNED) expect(a.signedOn).toBeTruthy();
      if (a.signedOn && a.validUntil) expect(a.validUntil >= a.signedOn).toBe(true);
    }
  });

  it("records the creation of each generated organisation and contact in the change history of its district", async () => {
    const entries = await em().find(AuditEntry, {
      entityType: { $in: ["Organisation", "Contact"] },
      ownerDistrictKey: { $in: [...plannedDistricts] },
    });
    const byEntity = new Map(entries.map((e) => [e.entityId, e]));
    expect(entries.length).toBe(byEntity.size);
    const organisations = await em().find(Organisation, { districtKey: { $in: [...plannedDistricts] } });
    const contacts = await em().find(Contact, { districtKey: { $in: [...plannedDistricts] } });
    expect(entries.length).toBe(organisations.length + contacts.length);
    for (const record of [...organisations, ...contacts]) {
      const entry = byEntity.get(record.id)!;
      expect([entry.action, entry.ownerDistrictKey, entry.at.getTime()]).toEqual([
        "CREATE",
        record.districtKey,
        record.createdAt.getTime(),
      ]);
      expect(entry.changes.id).toEqual({ before: null, after: record.id });
      expect(entry.changes.districtKey).toEqual({ before: null, after: record.districtKey });
      // Moved to another district with its organisation, like the history the API writes.
      expect(entry.ownerRecordId).toBe(record instanceof Contact ? record.organisation.id : record.id);
    }
    const office = organisations.find((o) => o.kind === OrganisationKind.YOUTH_OFFICE)!;
    expect(byEntity.get(office.id)!.changes).toMatchObject({
      name: { before: null, after: office.name },
      region: { before: null, after: office.region.key },
      kind: { before: null, after: "YOUTH_OFFICE" },
    });
  });

  it("leaves the demo data as it was", async () => {
    const demo = demoDataset();
    expect(await em().count(Organisation, { id: { $in: demo.organisations.map((o) => o.id) } })).toBe(
      demo.organisations.length,
    );
    expect(await em().count(Contact, { id: { $in: demo.contacts.map((c) => c.id) } })).toBe(demo.contacts.length);
    const regions = await em().find(Region, { key: { $in: demo.regions.map((r) => r.key) } });
    expect(regions.length).toBe(demo.regions.length);
    for (const r of regions) expect(r.name).toBe(demo.regions.find((d) => d.key === r.key)!.name);
  });

  it("shows a generated district's youth office its records and their history through the API, personal data to it alone", async () => {
    const office = plan.youthOffices.find((o) => o.holdsBudget && o.districtKey.startsWith("01"))!;
    const query = `query($key: String!, $contact: ID!) {
      organisations(filter: { regionKey: $key }, first: 100) { totalCount nodes { id name contacts { id function name } } }
      contact(id: $contact) { name email }
      organisationsAuditTrail(entityId: $contact) { totalCount nodes { action } }
    }`;
    const variables = { key: office.districtKey, contact: office.coordinatorContactIds[0] };
    const own = await generated.execute(youthOffice(office.districtKey), query, variables);
    expect(own.errors).toBeUndefined();
    const data = own.data as any;
    expect(data.organisations.totalCount).toBe(planned.filter((o) => o.districtKey === office.districtKey).length);
    const node = data.organisations.nodes.find((n: { id: string }) => n.id === office.id);
    expect(node.contacts.map((c: { id: string }) => c.id).sort()).toEqual([...office.coordinatorContactIds].sort());
    expect(data.contact.name).toMatch(/^\S+ \S+$/);
    expect(data.organisationsAuditTrail.nodes).toEqual([{ action: "CREATE" }]);

    const other = await generated.execute(youthOffice("04001"), query, variables);
    expect(other.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    expect((other.data as any).contact.name).toBeNull();
  });

  it("refuses to generate into a database that holds data already", async () => {
    await expect(generate(generated.dataDir)).rejects.toThrow(/holds data already/);
  });

  it("gives the same rows for a state whichever other states are generated with it (deterministic)", async () => {
    const otherDir = generated.directory();
    await generate(otherDir, ["04"]);
    const other = await generated.open(otherDir);
    try {
      const dump = async (db: Database) => {
        const e = db.em.fork() as SqlEntityManager;
        const connection = e.getConnection();
        const rows = async (sql: string) => JSON.stringify(await connection.execute(sql));
        return {
          regions: await rows("select * from region where key like '04%' order by key"),
          organisations: await rows("select * from organisation where district_key like '04%' order by id"),
          contacts: await rows("select * from contact where district_key like '04%' order by id"),
          offers: await rows("select * from offer where district_key like '04%' order by id"),
          agreements: await rows("select * from cooperation_agreement where district_key like '04%' order by id"),
          parties: await rows(
            "select p.* from cooperation_agreement_party p join cooperation_agreement a on a.id = p.cooperation_agreement_id where a.district_key like '04%' order by 1, 2",
          ),
          audit: await rows(
            "select * from audit_entry where owner_district_key like '04%' or (entity_type = 'Region' and entity_id like '04%') order by id",
          ),
        };
      };
      const [a, b] = [await dump(generated.orm), await dump(other)];
      expect(JSON.parse(a.organisations).length).toBeGreaterThan(0);
      expect(JSON.parse(a.audit).length).toBeGreaterThan(JSON.parse(a.organisations).length);
      for (const table of Object.keys(a) as (keyof typeof a)[])
        expect(b[table] === a[table], `${table} differ`).toBe(true);
    } finally {
      await other.close();
    }
  });
});
