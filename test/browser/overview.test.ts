import { describe, expect, it } from "vitest";
import { accessibilityViolations, interfaceUnderTest, screenshot, signIn } from "../support/browser.js";

const ui = interfaceUnderTest();

describe("signing in and the overviews", () => {
  it("sends a visitor without a session to the sign-in page, which passes the accessibility scan", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/organisationen`);
    await page.waitForURL(/\/anmelden\?zurueck=%2Forganisationen/);
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    await page
      .getByLabel("Kreis oder kreisfreie Stadt")
      .locator("option", { hasText: "Landkreis Rostock" })
      .waitFor({ state: "attached" });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "anmelden");
  });

  it("sends a person whose token the graph refuses to sign in again, keeping the page to come back to", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/barrierefreiheit`);
    // A session the browser still holds while the graph no longer accepts its token (revoked, key rotated).
    await page.evaluate(() =>
      sessionStorage.setItem(
        "kinderschutz.session",
        JSON.stringify({
          token: "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiU1RBVEVfT0ZGSUNFIn0.c2lnbmF0dXJl",
          role: "STATE_OFFICE",
          subject: "lks",
          expiresAt: Date.now() + 3_600_000,
          via: "demo",
        }),
      ),
    );
    await page.goto(`${ui.graph.origin}/organisationen`);
    await page.waitForURL(/\/anmelden\?zurueck=%2Forganisationen/);
    expect(await page.evaluate(() => sessionStorage.getItem("kinderschutz.session"))).toBeNull();
  });

  it("shows the accessibility statement without signing in", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/barrierefreiheit`);
    await page.getByRole("heading", { name: "Erklärung zur Barrierefreiheit" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a youth office its contingent, upcoming meetings and open requests", async () => {
    const { page } = ui.browser;
    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");
    await page.getByRole("heading", { name: "Übersicht: Landkreis Rostock" }).waitFor();
    await page.getByRole("heading", { name: /Beratungskontingent/ }).waitFor();
    await page.getByRole("heading", { name: "Nächste Termine" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "uebersicht-jugendamt");
  });

  it("shows the state office every youth office with networks, members, meetings and days", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Landeskoordinierungsstelle");
    const table = page.getByRole("table");
    await table.getByRole("rowheader", { name: "Landkreis Vorpommern-Greifswald" }).waitFor();
    expect(await table.getByRole("row").count()).toBe(1 + 8);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "landesuebersicht");
  });

  it("gives an analyst the statewide overview read-only and the API access page with its token", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Analyse");
    await page.getByRole("table").getByRole("rowheader", { name: "Hansestadt Rostock" }).waitFor();
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await navigation.getByRole("link").allTextContents()).toEqual([
      "Landesübersicht",
      "Organisationen",
      "Angebote",
      "Netzwerke",
      "Leistungsbericht",
      "API-Zugang",
    ]);
    await navigation.getByRole("link", { name: "API-Zugang" }).click();
    const issued = await page.getByLabel("Token").inputValue();
    expect((await ui.graph.gql(issued, '{ regions(parentKey: "13") { key } }')).data.regions.length).toBeGreaterThan(8);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "api-zugang");
  });

  it("answers an unknown address with a German page that leads back", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/gibt-es-nicht`);
    await page.getByRole("heading", { name: "Seite nicht gefunden" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows that German page after signing in, too, when a stale link led to the sign-in", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.goto(`${ui.graph.origin}/gibt-es-nicht`);
    await page.waitForURL(/\/anmelden\?zurueck=%2Fgibt-es-nicht/);
    await page.getByRole("button", { name: "Als Analyse anmelden" }).click();
    await page.getByRole("heading", { name: "Seite nicht gefunden" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/gibt-es-nicht");
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
  });

  it("keeps keyboard users in charge: a skip link leads to the content", async () => {
    const { page } = ui.browser;
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inhalt");
  });

  it("loads nothing from outside the machine", () => {
    expect(ui.browser.foreignRequests).toEqual([]);
  });
});
