// The refusals the interface can meet: what only the graph knows, so that no form can check it before sending (a
// key that is taken, a title that looks like case details, a year without a contingent, days already booked, an
// umbrella that would close a circle). Each is said in its own German sentence, and the service's English words
// never reach the page. (A member added twice and too few days left are walked in networks and consultations.)
import { beforeAll, describe, expect, it } from "vitest";
import { REFUSALS } from "../../admin-ui/src/lib/graphql/reasons.js";
import { interfaceUnderTest, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

const ui = interfaceUnderTest();
const year = new Date().getFullYear();

let stateOffice: string;
beforeAll(async () => {
  stateOffice = await token("state-office");
});

/** The page's one alert says exactly the refusal's German sentence: no English, no second message. */
async function saysInGerman(reason: keyof typeof REFUSALS): Promise<void> {
  const { page } = ui.browser;
  await page.getByRole("alert").filter({ hasText: REFUSALS[reason]! }).waitFor();
  expect((await page.getByRole("alert").allTextContents()).map((t) => t.trim())).toEqual([REFUSALS[reason]]);
}

describe("refusals only the graph can know", () => {
  it("a region key that is taken", async () => {
    const { page } = ui.browser;
    await signIn(page, ui.graph.origin, "Landeskoordinierungsstelle");
    await page.goto(`${ui.graph.origin}/regionen`);
    await page.getByRole("button", { name: "Region anlegen" }).click();
    await page.getByLabel(/^Amtlicher Kreisschlüssel/).fill("13072");
    await page.getByLabel(/^Name/).fill("Landkreis Rostock (doppelt)");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await saysInGerman("REGION_KEY_TAKEN");
    expect(await page.getByLabel(/^Amtlicher Kreisschlüssel/).inputValue()).toBe("13072");
  });

  it("a contingent set below the days already booked", async () => {
    const { page } = ui.browser;
    const budgets = await ui.graph.gql(
      stateOffice,
      `query ($year: Int!) { consultationBudgets(year: $year, regionKey: "13") { districtKey bookedDays } }`,
      { year },
    );
    expect(budgets.errors).toBeUndefined();
    const booked = (budgets.data.consultationBudgets as { districtKey: string; bookedDays: number }[]).find(
      (b) => b.bookedDays >= 1,
    );
    expect(booked, "the demo data books days this year").toBeDefined();
    const offices = await ui.graph.gql(
      stateOffice,
      `query ($key: String!) { organisations(filter: { kind: YOUTH_OFFICE, regionKey: $key }) { nodes { name } } }`,
      { key: booked!.districtKey },
    );
    await page.goto(`${ui.graph.origin}/kontingente`);
    await page.getByLabel(/^Jugendamt/).selectOption({ label: offices.data.organisations.nodes[0].name });
    await page.getByLabel(/^Zugeteilte Tage/).fill("0");
    await page
      .getByLabel(/^Grund der Änderung/)
      .first()
      .fill("Kürzung zur Probe");
    await page.getByRole("button", { name: "Kontingent speichern" }).click();
    await saysInGerman("BELOW_BOOKED");
  });

  it("an umbrella that would close a circle", async () => {
    const { page } = ui.browser;
    const found = await ui.graph.gql(
      stateOffice,
      `{ networks(first: 100) { nodes { id version name responsibleDistrictKey parent { id } } } }`,
    );
    type Found = { id: string; version: number; name: string; responsibleDistrictKey: string | null };
    const nodes = found.data.networks.nodes as (Found & { parent: { id: string } | null })[];
    const alliance = nodes.find((n) => n.name === "Bündnis Kinderschutz MV")!;
    const district = nodes.find((n) => n.responsibleDistrictKey === "13072" && n.parent?.id === alliance.id);
    const child = district ?? nodes.find((n) => n.responsibleDistrictKey === "13072")!;
    // The statewide alliance gets the district's network as its umbrella, behind the browser's back …
    const moved = await ui.graph.gql(
      stateOffice,
      `mutation ($id: ID!, $version: Int!, $parent: ID) { updateNetwork(id: $id, version: $version, input: { parentId: $parent }) { id } }`,
      { id: alliance.id, version: alliance.version, parent: child.id },
    );
    expect(moved.errors).toBeUndefined();
    // … and the district's network is then put under the alliance: a circle.
    await page.goto(`${ui.graph.origin}/netzwerke/${child.id}/bearbeiten`);
    await page.getByRole("heading", { level: 1, name: "Netzwerk bearbeiten" }).waitFor();
    const umbrella = page.getByLabel("Dachnetzwerk");
    await umbrella.locator("option", { hasText: alliance.name }).waitFor({ state: "attached" });
    await umbrella.selectOption({ label: alliance.name });
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await saysInGerman("UMBRELLA_CYCLE");
  });

  it("a consultation asked for in a year without a contingent, and a title that looks like case details", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");
    await page.goto(`${ui.graph.origin}/beratung/neu`);
    await page.getByLabel("Art der Beratung").selectOption({ label: "Krisenberatung" });
    await page.getByLabel("Titel").fill("Krisenberatung im Team");
    await page.getByLabel("Geplantes Datum").fill(`${year + 5}-03-10`);
    await page.getByLabel("Angefragte Tage").fill("1");
    await page.getByRole("button", { name: "Anfrage senden" }).click();
    await saysInGerman("NO_CONTINGENT");

    await page.getByLabel("Geplantes Datum").fill(`${year}-12-10`);
    await page.getByLabel("Titel").fill("Beratung zu Az. 2026/117");
    await page.getByRole("button", { name: "Anfrage senden" }).click();
    await saysInGerman("CASE_DETAILS");
    expect(await page.getByLabel("Titel").inputValue()).toBe("Beratung zu Az. 2026/117");
  });
});
