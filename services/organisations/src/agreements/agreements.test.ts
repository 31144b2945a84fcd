import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../schema.js";

let seenplatte: string[];
let rostock: string[];

const idsIn = async (regionKey: string) => {
  const r = await subgraph.execute(
    stateOffice,
    `query($k: String!) { organisations(filter: { regionKey: $k }, first: 3) { nodes { id } } }`,
    { k: regionKey },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.organisations.nodes.map((o: { id: string }) => o.id) as string[];
};

const subgraph = useTestSubgraph(organisationsSubgraph, { demoData: true });
beforeAll(async () => {
  seenplatte = await idsIn("13071");
  rostock = await idsIn("13003");
  expect(seenplatte.length).toBeGreaterThanOrEqual(2);
  expect(rostock.length).toBeGreaterThanOrEqual(2);
});

const CREATE = `mutation($input: CreateAgreementInput!) { createCooperationAgreement(input: $input) {
  id version title status signedOn validUntil keeper { id } parties { id } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateAgreementInput!) {
  updateCooperationAgreement(id: $id, version: $v, input: $input) { id version title status signedOn validUntil parties { id } } }`;

const agreement = (input: Record<string, unknown> = {}) => ({
  title: "Vereinbarung zum Schutzauftrag",
  legalBasis: "SGB_VIII_8A",
  status: "PLANNED",
  keeperId: seenplatte[0],
  partyIds: [seenplatte[0], seenplatte[1]],
  ...input,
});

async function create(input: Record<string, unknown> = {}, caller = youthOffice("13071")) {
  const r = await subgraph.execute(caller, CREATE, { input: agreement(input) });
  expect(r.errors).toBeUndefined();
  return r.data!.createCooperationAgreement as { id: string; version: number };
}

describe("recording a cooperation agreement", () => {
  it("lets the keeper's youth office record it with its parties, once each", async () => {
    const r = await subgraph.execute(youthOffice("13071"), CREATE, {
      input: agreement({ partyIds: [seenplatte[0], seenplatte[1], seenplatte[1], rostock[0]] }),
    });
    expect(r.errors).toBeUndefined();
    const created = r.data!.createCooperationAgreement;
    expect(created).toMatchObject({ version: 1, status: "PLANNED", keeper: { id: seenplatte[0] } });
    // Parties from other districts may sign; only the keeper decides who maintains the record.
    expect(created.parties.map((p: { id: string }) => p.id).sort()).toEqual(
      [seenplatte[0], seenplatte[1], rostock[0]].sort(),
    );
  });

  it("refuses another district's keeper to a youth office and anything to an analyst", async () => {
    const foreign = await subgraph.execute(youthOffice("13003"), CREATE, { input: agreement() });
    expect(codes(foreign)).toEqual(["FORBIDDEN"]);
    const byAnalyst = await subgraph.execute(analyst, CREATE, { input: agreement() });
    expect(codes(byAnalyst)).toEqual(["FORBIDDEN"]);
    // Rights come before the input rules: a refused caller learns nothing about what is wrong with it.
    const invalid = await subgraph.execute(youthOffice("13003"), CREATE, { input: agreement({ title: "x" }) });
    expect(codes(invalid)).toEqual(["FORBIDDEN"]);
  });

  it("names every invalid field", async () => {
    const r = await subgraph.execute(stateOffice, CREATE, {
      input: agreement({ title: "x", status: "SIGNED", partyIds: [seenplatte[0], seenplatte[0]] }),
    });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["input.partyIds", "input.signedOn", "input.title"]);
  });

  it("refuses unknown parties and an end before the signature", async () => {
    const unknown = await subgraph.execute(stateOffice, CREATE, {
      input: agreement({ partyIds: [seenplatte[0], "00000000-0000-4000-8000-000000000000"] }),
    });
    expect(codes(unknown)).toEqual(["BAD_USER_INPUT"]);
    expect(unknown.errors![0]!.extensions!.fields).toEqual([
      { field: "input.partyIds", message: "unknown organisation", reason: "UNKNOWN_REFERENCE" },
    ]);
    const backwards = await subgraph.execute(stateOffice, CREATE, {
      input: agreement({ status: "SIGNED", signedOn: "2026-03-01", validUntil: "2025-12-31" }),
    });
    expect(codes(backwards)).toEqual(["BAD_USER_INPUT"]);
    expect(backwards.errors![0]!.extensions!.fields[0].field).toBe("input.validUntil");
  });

  it("records the creation in the audit trail under the keeper's district", async () => {
    const { id } = await create();
    // One entry: toMatchObject holds an array to its length.
    expect(await subgraph.em().find(AuditEntry, { entityId: id })).toMatchObject([
      {
        action: "CREATE",
        role: "YOUTH_OFFICE",
        entityType: "CooperationAgreement",
        ownerDistrictKey: "13071",
      },
    ]);
  });
});

describe("changing a cooperation agreement", () => {
  it("signs it, counting the version up, and refuses a stale version", async () => {
    const { id, version } = await create();
    const signed = await subgraph.execute(youthOffice("13071"), UPDATE, {
      id,
      v: version,
      input: { status: "SIGNED", signedOn: "2026-02-01", validUntil: "2028-01-31" },
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.updateCooperationAgreement).toMatchObject({
      version: version + 1,
      status: "SIGNED",
      signedOn: "2026-02-01",
      validUntil: "2028-01-31",
    });
    const stale = await subgraph.execute(stateOffice, UPDATE, { id, v: version, input: { title: "Neu gefasst" } });
    expect(codes(stale)).toEqual(["CONFLICT"]);
  });

  it("will not sign without a day of signature, nor drop it from a signed agreement", async () => {
    const { id, version } = await create();
    const unsigned = await subgraph.execute(stateOffice, UPDATE, { id, v: version, input: { status: "SIGNED" } });
    expect(codes(unsigned)).toEqual(["BAD_USER_INPUT"]);
    expect(unsigned.errors![0]!.extensions!.fields[0].field).toBe("input.signedOn");

    const { id: signedId, version: v } = await create({ status: "SIGNED", signedOn: "2025-06-01" });
    const dropped = await subgraph.execute(stateOffice, UPDATE, { id: signedId, v, input: { signedOn: null } });
    expect(codes(dropped)).toEqual(["BAD_USER_INPUT"]);
  });

  it("checks an end date against the signature already stored", async () => {
    const { id, version } = await create({ status: "SIGNED", signedOn: "2025-06-01" });
    const r = await subgraph.execute(stateOffice, UPDATE, { id, v: version, input: { validUntil: "2025-05-31" } });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.extensions!.fields[0].field).toBe("input.validUntil");
  });

  it("is left to the keeper's district and the state office", async () => {
    const { id, version } = await create();
    for (const caller of [youthOffice("13003"), analyst]) {
      const r = await subgraph.execute(caller, UPDATE, { id, v: version, input: { status: "EXPIRED" } });
      expect(codes(r)).toEqual(["FORBIDDEN"]);
    }
    const r = await subgraph.execute(stateOffice, UPDATE, {
      id,
      v: version,
      input: { status: "EXPIRED", partyIds: [seenplatte[1], rostock[1]] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCooperationAgreement.parties.map((p: { id: string }) => p.id).sort()).toEqual(
      [seenplatte[1], rostock[1]].sort(),
    );
  });
});

describe("listing cooperation agreements", () => {
  it("filters by party, district and status", async () => {
    const { id } = await create(
      { title: "Vereinbarung Frühe Hilfen Rostock", keeperId: rostock[0], partyIds: rostock },
      youthOffice("13003"),
    );
    const r = await subgraph.execute(
      analyst,
      `query($org: ID!) {
        byParty: cooperationAgreements(filter: { organisationId: $org }) { nodes { id } }
        byDistrict: cooperationAgreements(filter: { districtKey: "13003", status: PLANNED }) { nodes { id } }
        expired: cooperationAgreements(filter: { districtKey: "13003", status: EXPIRED }) { nodes { id } }
      }`,
      { org: rostock[1] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.byParty.nodes.map((a: { id: string }) => a.id)).toContain(id);
    expect(r.data!.byDistrict.nodes.map((a: { id: string }) => a.id)).toContain(id);
    expect(r.data!.expired.nodes.map((a: { id: string }) => a.id)).not.toContain(id);
  });

  it("answers null for an id that is none, and BAD_USER_INPUT for a malformed party filter", async () => {
    const r = await subgraph.execute(analyst, `{ cooperationAgreement(id: "nope") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.cooperationAgreement).toBeNull();
    const bad = await subgraph.execute(
      analyst,
      `{ cooperationAgreements(filter: { organisationId: "x" }) { nodes { id } } }`,
    );
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("the agreements of a set of organisations (e.g. a network's members)", () => {
  it("lists each agreement any of them signed once, and none for none", async () => {
    const both = await create({ title: "Vereinbarung beider Mitglieder", partyIds: [seenplatte[0], seenplatte[1]] });
    const q = `query($ids: [ID!]) { cooperationAgreements(first: 100, filter: { organisationIds: $ids }) {
      totalCount nodes { id } } }`;
    const r = await subgraph.execute(analyst, q, { ids: [seenplatte[0], seenplatte[1]] });
    expect(r.errors).toBeUndefined();
    const ids: string[] = r.data!.cooperationAgreements.nodes.map((a: { id: string }) => a.id);
    expect(ids.filter((id) => id === both.id)).toEqual([both.id]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.data!.cooperationAgreements.totalCount).toBe(ids.length);
    const none = await subgraph.execute(analyst, q, { ids: [] });
    expect(none.data!.cooperationAgreements).toEqual({ totalCount: 0, nodes: [] });
  });
});
