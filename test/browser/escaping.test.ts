/**
 * Script-, SQL- and formula-like text is valid in a name: it is stored as sent and the interface shows it as text,
 * never as markup or script; the CSV export marks formula-like text so that spreadsheet software does not run it.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { interfaceUnderTest, screenshot, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

const ui = interfaceUnderTest();

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name version } }`;
const RENAME = `mutation ($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { id name version } }`;
const FIRST_NAME = `<script>alert(1)</script>'); DROP TABLE organisation; --`;
const NAME = `=1+2 "><img src=x onerror=alert(1)><script>alert(2)</script> ' OR '1'='1`;

describe("text that looks like markup, SQL or a formula", () => {
  it("is shown literally on the organisation's page, injects nothing, and is exported with a leading ' in the CSV", async () => {
    const stateOffice = await token("state-office");
    const created = await ui.graph.gql(stateOffice, CREATE, {
      input: { name: FIRST_NAME, kind: "DAYCARE", regionKey: "13072", city: "<b>Güstrow</b>" },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createOrganisation.name).toBe(FIRST_NAME);
    const { id, version } = created.data.createOrganisation;
    const renamed = await ui.graph.gql(stateOffice, RENAME, { id, version, input: { name: NAME } });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateOrganisation.name).toBe(NAME);

    const { page } = ui.browser;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, ui.graph.origin, "Landeskoordinierungsstelle");
    await page.goto(`${ui.graph.origin}/organisationen/${id}`);
    const heading = page.getByRole("heading", { level: 1, name: NAME, exact: true });
    await heading.waitFor();
    expect(await heading.textContent()).toBe(NAME);
    await page.getByText("<b>Güstrow</b>", { exact: false }).first().waitFor();
    // The change history shows the name before the renaming as text too: once as created, once as changed from.
    const firstName = page.getByRole("cell", { name: FIRST_NAME, exact: true });
    await firstName.first().waitFor();
    expect(await firstName.count()).toBe(2);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(await page.locator("b", { hasText: "Güstrow" }).count()).toBe(0);
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(scripts.filter((text) => text.includes("alert("))).toEqual([]);
    // Time for an injected handler to fire, had there been one.
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await screenshot(page, "escaping-organisation");

    const res = await fetch(`${ui.graph.origin}/export.csv`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${stateOffice}` },
      body: JSON.stringify({
        query: `{ organisations(first: 50, filter: { search: "onerror" }) { nodes { id name } } }`,
      }),
    });
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { delimiter: ";", bom: true }) as string[][];
    expect(rows[0]).toEqual(["id", "name"]);
    expect(rows.slice(1)).toContainEqual([id, `'${NAME}`]);
  });
});
