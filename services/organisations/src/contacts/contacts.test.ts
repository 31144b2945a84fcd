import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../schema.js";

let organisationId: string;
const subgraph = useTestSubgraph(organisationsSubgraph, { demoData: true });
beforeAll(async () => {
  const r = await subgraph.execute(
    stateOffice,
    `{ organisations(filter: { kind: YOUTH_OFFICE, regionKey: "13071" }) { nodes { id } } }`,
  );
  organisationId = r.data!.organisations.nodes[0].id;
});

async function createContact() {
  const r = await subgraph.execute(
    youthOffice("13071"),
    `mutation($input: CreateContactInput!) { createContact(input: $input) { id version name email } }`,
    {
      input: {
        organisationId,
        function: "Kinderschutzfachkraft",
        name: "Erika Beispiel",
        email: "erika.beispiel@example.org",
        phone: "0395 555 0101",
      },
    },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createContact as { id: string; version: number; name: string; email: string };
}

const READ = `query($id: ID!) { contact(id: $id) { function name email phone erasedAt } }`;

describe("contacts' personal data", () => {
  it("is visible to the owning youth office and the state office", async () => {
    const { id } = await createContact();
    for (const caller of [youthOffice("13071"), stateOffice]) {
      const r = await subgraph.execute(caller, READ, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data!.contact).toMatchObject({
        name: "Erika Beispiel",
        email: "erika.beispiel@example.org",
        phone: "0395 555 0101",
      });
    }
  });

  it("is null with FORBIDDEN for analysts and other districts, while the function stays readable", async () => {
    const { id } = await createContact();
    for (const caller of [analyst, youthOffice("13003")]) {
      const r = await subgraph.execute(caller, READ, { id });
      expect(r.data!.contact).toEqual({
        function: "Kinderschutzfachkraft",
        name: null,
        email: null,
        phone: null,
        erasedAt: null,
      });
      expect(codes(r)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    }
  });

  it("cannot be changed by another district's youth office", async () => {
    const { id, version } = await createContact();
    const r = await subgraph.execute(
      youthOffice("13003"),
      `mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { phone: "0381 555 0199" }) { id } }`,
      { id, v: version },
    );
    expect(codes(r)).toEqual(["FORBIDDEN"]);
  });
});

describe("erasure on request (GDPR Art. 17)", () => {
  it("removes the personal data from the record and its history but keeps the record", async () => {
    const { id, version } = await createContact();
    await subgraph.execute(
      youthOffice("13071"),
      `mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { email: "e.beispiel@example.org" }) { id } }`,
      { id, v: version },
    );

    const erased = await subgraph.execute(
      youthOffice("13071"),
      `mutation($id: ID!) { eraseContact(id: $id) { id name email phone function erasedAt } }`,
      { id },
    );
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseContact).toMatchObject({
      id,
      name: null,
      email: null,
      phone: null,
      function: "Kinderschutzfachkraft",
    });
    expect(erased.data!.eraseContact.erasedAt).not.toBeNull();

    const history = JSON.stringify(await subgraph.em().find(AuditEntry, { entityId: id }));
    expect(history).not.toContain("Beispiel");
    expect(history).not.toContain("0395");
    expect(history).toContain("[gelöscht]");

    const list = await subgraph.execute(stateOffice, `query($id: ID!) { organisation(id: $id) { contacts { id } } }`, {
      id: organisationId,
    });
    expect(list.data!.organisation.contacts.map((c: { id: string }) => c.id)).toContain(id);
  });
});

describe("naming contacts by id", () => {
  it("gives each contact asked for by its function, its personal data only to those who may read it", async () => {
    const id = (await createContact()).id;
    const q = `query($ids: [ID!]!) { contacts(ids: $ids) { id function name } }`;
    const own = await subgraph.execute(youthOffice("13071"), q, { ids: [id, crypto.randomUUID()] });
    expect(own.errors).toBeUndefined();
    expect(own.data!.contacts).toEqual([{ id, function: "Kinderschutzfachkraft", name: "Erika Beispiel" }]);
    const other = await subgraph.execute(analyst, q, { ids: [id] });
    expect(other.data!.contacts).toEqual([{ id, function: "Kinderschutzfachkraft", name: null }]);
    expect(codes(other)).toEqual(["FORBIDDEN"]);
    expect(codes(await subgraph.execute(analyst, q, { ids: ["x"] }))).toEqual(["BAD_USER_INPUT"]);
  });
});
