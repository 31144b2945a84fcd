import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../schema.js";

let provider: { id: string; region: { key: string } };

const subgraph = useTestSubgraph(organisationsSubgraph, { demoData: true });
beforeAll(async () => {
  const r = await subgraph.execute(
    stateOffice,
    `{ organisations(filter: { regionKey: "13071" }, first: 1) { nodes { id region { key } } } }`,
  );
  provider = r.data!.organisations.nodes[0];
});

const FIELDS = `id version title kind minAge maxAge status provider { id } region { key }`;
const CREATE = `mutation($input: CreateOfferInput!) { createOffer(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateOfferInput!) { updateOffer(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveOffer(id: $id, version: $v) { id version status } }`;

type Offer = { id: string; version: number; title: string; region: { key: string } | null };

async function create(input: Record<string, unknown> = {}, caller = youthOffice("13071")): Promise<Offer> {
  const r = await subgraph.execute(caller, CREATE, {
    input: { title: "Elterncafé am Tollensesee", kind: "GROUP", providerId: provider.id, ...input },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createOffer;
}

describe("adding an offer", () => {
  it("is available in the provider's region unless it names another", async () => {
    const own = await create();
    expect(own).toMatchObject({ version: 1, status: "ACTIVE", provider: { id: provider.id } });
    expect(own.region).toEqual(provider.region);
    const elsewhere = await create({ regionKey: "13003" });
    expect(elsewhere.region).toEqual({ key: "13003" });
  });

  it("is refused to another district's youth office and to an analyst", async () => {
    for (const caller of [youthOffice("13003"), analyst]) {
      const r = await subgraph.execute(caller, CREATE, {
        input: { title: "Krabbelgruppe", kind: "GROUP", providerId: provider.id },
      });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
    }
  });

  it("names every invalid field", async () => {
    const r = await subgraph.execute(stateOffice, CREATE, {
      input: { title: "ab", kind: "GROUP", providerId: provider.id, regionKey: "abc", minAge: 12, maxAge: 30 },
    });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["input.maxAge", "input.regionKey", "input.title"]);
  });

  it("refuses an age range upside down and a region that does not exist", async () => {
    const upsideDown = await subgraph.execute(stateOffice, CREATE, {
      input: { title: "Jugendtreff", kind: "LEISURE", providerId: provider.id, minAge: 14, maxAge: 10 },
    });
    expect(upsideDown.errors![0]!.extensions!.fields).toEqual([
      { field: "input.maxAge", message: "the youngest age cannot be above the oldest", reason: "MIN_ABOVE_MAX" },
    ]);
    const unknown = await subgraph.execute(stateOffice, CREATE, {
      input: { title: "Jugendtreff", kind: "LEISURE", providerId: provider.id, regionKey: "99999" },
    });
    expect(unknown.errors![0]!.extensions!.fields).toEqual([
      { field: "input.regionKey", message: "unknown region", reason: "UNKNOWN_REFERENCE" },
    ]);
  });

  it("is written to the audit trail under the provider's district", async () => {
    const { id } = await create();
    // One entry: toMatchObject holds an array to its length.
    expect(await subgraph.em().find(AuditEntry, { entityId: id })).toMatchObject([
      { action: "CREATE", entityType: "Offer", ownerDistrictKey: "13071" },
    ]);
  });
});

describe("changing and archiving an offer", () => {
  it("counts the version up and refuses a stale one", async () => {
    const { id, version } = await create({ minAge: 0, maxAge: 3 });
    const r = await subgraph.execute(youthOffice("13071"), UPDATE, {
      id,
      v: version,
      input: { title: "Eltern-Kind-Gruppe", maxAge: 6 },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateOffer).toMatchObject({
      version: version + 1,
      title: "Eltern-Kind-Gruppe",
      minAge: 0,
      maxAge: 6,
    });
    const stale = await subgraph.execute(stateOffice, UPDATE, { id, v: version, input: { kind: "COUNSELLING" } });
    expect(codes(stale)).toEqual(["CONFLICT"]);
  });

  it("checks a new age bound against the one already stored", async () => {
    const { id, version } = await create({ minAge: 6, maxAge: 10 });
    const r = await subgraph.execute(stateOffice, UPDATE, { id, v: version, input: { maxAge: 5 } });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.extensions!.fields[0].field).toBe("input.maxAge");
  });

  it("falls back to the provider's region when its own region is cleared", async () => {
    const { id, version } = await create({ regionKey: "13003" });
    const r = await subgraph.execute(stateOffice, UPDATE, { id, v: version, input: { regionKey: null } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateOffer.region).toEqual(provider.region);
  });

  it("is left to the provider's district and the state office", async () => {
    const { id, version } = await create();
    for (const caller of [youthOffice("13003"), analyst]) {
      expect(codes(await subgraph.execute(caller, UPDATE, { id, v: version, input: { title: "Fremd" } }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(codes(await subgraph.execute(caller, ARCHIVE, { id, v: version }))).toEqual(["FORBIDDEN"]);
    }
  });

  it("leaves the catalogue when archived but stays readable by id", async () => {
    const { id, version } = await create({ title: "Babymassage im Familienzentrum" });
    const archived = await subgraph.execute(stateOffice, ARCHIVE, { id, v: version });
    expect(archived.data!.archiveOffer).toEqual({ id, version: version + 1, status: "ARCHIVED" });
    const r = await subgraph.execute(
      analyst,
      `query($id: ID!, $p: ID!) { offer(id: $id) { status } offers(filter: { providerId: $p }, first: 100) { nodes { id } } }`,
      { id, p: provider.id },
    );
    expect(r.data!.offer).toEqual({ status: "ARCHIVED" });
    expect(r.data!.offers.nodes.map((o: { id: string }) => o.id)).not.toContain(id);
  });
});

describe("the offer catalogue", () => {
  it("finds the offers meant for a child's age, open bounds included", async () => {
    const toddlers = await create({ title: "Krabbelgruppe Neubrandenburg", minAge: 0, maxAge: 3 });
    const teens = await create({ title: "Jugendberatung Neubrandenburg", kind: "COUNSELLING", minAge: 12 });
    const everyone = await create({ title: "Familienberatung Neubrandenburg", kind: "COUNSELLING" });
    const ids = async (filter: Record<string, unknown>) => {
      const r = await subgraph.execute(
        analyst,
        `query($f: OfferFilter) { offers(filter: $f, first: 100) { nodes { id } } }`,
        { f: { districtKey: "13071", ...filter } },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.offers.nodes.map((o: { id: string }) => o.id) as string[];
    };
    const atTwo = await ids({ age: 2 });
    expect(atTwo).toEqual(expect.arrayContaining([toddlers.id, everyone.id]));
    expect(atTwo).not.toContain(teens.id);
    expect(await ids({ age: 15, kind: "COUNSELLING" })).toEqual(expect.arrayContaining([teens.id, everyone.id]));
    expect(await ids({ age: 15 })).not.toContain(toddlers.id);
    expect(await ids({ districtKey: "13003" })).not.toContain(everyone.id);
  });
});
