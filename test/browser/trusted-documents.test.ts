import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { interfaceUnderTest, signIn } from "../support/browser.js";
import { adminUiBuild, token } from "../support/graph.js";

// With trusted documents on, the interface's users may run only the operations registered at its build; and a
// rate limit low enough for a test to reach (the pages here send a few dozen requests).
const manifestFile = path.join(adminUiBuild(), "trusted-documents.json");
const RATE_LIMIT = 300;
const ui = interfaceUnderTest({
  gatewayEnv: {
    TRUSTED_DOCUMENTS_FILE: manifestFile,
    RATE_LIMIT_MAX: String(RATE_LIMIT),
    RATE_LIMIT_WINDOW_MS: "60000",
  },
});

function registered(name: string): string {
  const text = Object.values(JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, string>).find((t) =>
    t.includes(`query ${name}(`),
  );
  if (!text) throw new Error(`${name} is not among the registered operations`);
  return text;
}

describe("trusted documents", () => {
  // Those who keep the data keep it through the interface: a mutation no page can send fails here until one can.
  it("cover every public mutation: the interface reaches all the graph can change", () => {
    const schema = buildSchema(readFileSync(path.join(import.meta.dirname, "../../gateway/schema.graphql"), "utf8"));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const sent = new Set(
      Object.values(JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, string>)
        .flatMap((text) => parse(text).definitions)
        .flatMap((d) =>
          d.kind === Kind.OPERATION_DEFINITION && d.operation === "mutation" ? d.selectionSet.selections : [],
        )
        .flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])),
    );
    expect(mutations.filter((m) => !sent.has(m))).toEqual([]);
  });

  it("runs the interface's registered operations for a youth office and refuses its own queries", async () => {
    const youthOffice = await token("youth-office", "13072");
    const ok = await ui.graph.gql(youthOffice, registered("DistrictName"), { key: "13072" });
    expect(ok.data?.region?.name).toBe("Landkreis Rostock");

    const adHoc = await ui.graph.gql(youthOffice, `{ region(key: "13072") { name } }`);
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_REGISTERED");
    // Not even a registered text changed by one character.
    const altered = await ui.graph.gql(youthOffice, `${registered("DistrictName")} `, { key: "13072" });
    expect(altered.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_REGISTERED");
  });

  it("leaves analysts free to send queries of their own", async () => {
    const adHoc = await ui.graph.gql(await token("analyst"), `{ region(key: "13072") { name } }`);
    expect(adHoc.data?.region?.name).toBe("Landkreis Rostock");
  });

  it("serves the interface's pages with nothing but registered operations", async () => {
    const { page } = ui.browser;
    const refused: string[] = [];
    page.on("response", async (response) => {
      if (response.url().endsWith("/graphql") && response.status() === 403) refused.push(await response.text());
    });
    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");
    await page.getByRole("heading", { name: /Beratungskontingent/ }).waitFor();
    for (const [path, heading] of [
      ["/organisationen", "Organisationen"],
      ["/beratung", "Praxisberatung"],
      ["/netzwerke", "Netzwerke"],
    ] as const) {
      await page.goto(`${ui.graph.origin}${path}`);
      await page.getByRole("heading", { level: 1, name: new RegExp(heading) }).waitFor();
      await page.getByRole("table").first().waitFor();
    }
    await page
      .getByRole("link", { name: /Netzwerk Frühe Hilfen und Kinderschutz Landkreis Rostock/ })
      .first()
      .click();
    await page.getByRole("heading", { name: "Mitglieder", exact: true }).waitFor();
    expect(refused).toEqual([]);
  });

  // Last: it uses up the youth office's requests for a minute.
  it("says a limit the interface can meet in German, and keeps what was typed", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/organisationen/neu`);
    const region = page.getByRole("combobox", { name: "Region", exact: true });
    await region.locator("option", { hasText: "Landkreis Rostock" }).waitFor({ state: "attached" });
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Familienzentrum Ungeduld");
    await page.getByLabel("Art").selectOption({ label: "Familienbildung" });
    // The same person (the token's subject) sends many requests elsewhere in the same minute …
    const youthOffice = await token("youth-office", "13072");
    let limited;
    for (let sent = 0; sent <= RATE_LIMIT && !limited; sent++) {
      const answer = await ui.graph.gql(youthOffice, registered("DistrictName"), { key: "13072" });
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // … and then saves: the page says so in German, with the wait, and nothing typed is lost.
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Sie haben in kurzer Zeit sehr viele Anfragen gesendet" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/bitte versuchen Sie es in \d+ Sekunden noch einmal\./);
    expect(await page.getByRole("alert").allTextContents()).not.toContainEqual(expect.stringMatching(/Too many/));
    expect(await page.getByRole("textbox", { name: "Name", exact: true }).inputValue()).toBe(
      "Familienzentrum Ungeduld",
    );
  });
});
