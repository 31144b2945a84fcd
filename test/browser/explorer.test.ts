import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot, signIn, type Browser } from "../support/browser.js";
import { startGraph, type RunningGraph } from "../support/graph.js";

let graph: RunningGraph;
let browser: Browser;

beforeAll(async () => {
  graph = await startGraph({ explorer: true, adminUi: true });
  browser = await openBrowser([graph.origin]);
});
afterAll(async () => {
  await browser?.close();
  await graph?.stop();
});

describe("the analysts' GraphQL explorer", () => {
  it("is where a browser opening /graphql lands, and its page names nothing outside the graph", async () => {
    const response = await fetch(`${graph.origin}/graphql`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    expect(response.url).toBe(`${graph.origin}/explorer`);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    const addresses = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => /^(https?:)?\/\//.test(address))).toEqual([]);
    // API clients keep getting the API.
    expect((await fetch(`${graph.origin}/graphql`, { headers: { accept: "application/json" } })).url).toBe(
      `${graph.origin}/graphql`,
    );
  });

  it("gets a demo token, opens an example query and shows its answer, loading nothing from elsewhere", async () => {
    const { page } = browser;
    await page.goto(`${graph.origin}/explorer`);
    await page.getByRole("heading", { name: "GraphQL-Explorer" }).waitFor();
    await page.getByRole("button", { name: "Demo-Token (Analyse) holen" }).click();
    await page
      .getByRole("status")
      .getByText(/Rolle: Analyse/)
      .waitFor();
    expect(await page.getByLabel("Token", { exact: true }).inputValue()).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);

    const picker = page.getByLabel("Beispielabfrage");
    await picker.selectOption({
      label:
        "Netzwerke eines aufgelösten Kreises über seine Nachfolger, z. B. Landkreis Demmin (13052, aufgelöst 2011).",
    });
    await page.getByRole("button", { name: "In neuem Tab öffnen" }).click();
    await page.locator(".graphiql-query-editor").getByText("NetworksOfDissolvedDistrict").first().waitFor();
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const result = page.locator(".graphiql-response");
    // The answer's first lines: the dissolved district and its first successor (the editor draws only what is in view).
    await result.getByText("Landkreis Mecklenburgische Seenplatte").first().waitFor();
    // The editor shows spaces as non-breaking ones.
    const shown = (await result.textContent())!.replace(/\s+/g, " ");
    expect(shown).toContain('"name": "Landkreis Demmin"');
    expect(shown).not.toContain('"errors"');

    // The schema came through the limits too (introspection nests deeply): the documentation shows it.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Root Types").waitFor();
    await page.locator(".graphiql-doc-explorer").getByRole("link", { name: "Query", exact: true }).waitFor();

    // The token stays for this browser tab only.
    expect(await page.evaluate(() => sessionStorage.getItem("kinderschutz.explorer.token"))).toMatch(/^ey/);
    await screenshot(page, "explorer");
    // Our own parts pass the accessibility scan; GraphiQL's editors and tabs have findings of their own
    // (nested interactive tabs, Monaco's dimmed line numbers) that are not ours to fix.
    const own = await new AxeBuilder({ page })
      .include(".explorer-bar")
      .include(".graphiql-logo")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(own.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });

  it("is linked from the analysts' API page of the admin interface and takes over its sign-in", async () => {
    const { page } = browser;
    // A fresh tab: nothing of the explorer's own, only the admin interface's sign-in.
    await page.evaluate(() => sessionStorage.clear());
    await signIn(page, graph.origin, "Analyse");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "API-Zugang" }).click();
    await page.getByRole("link", { name: "GraphQL-Explorer" }).click();
    await page.waitForURL(`${graph.origin}/explorer`);
    await page
      .getByRole("status")
      .getByText(/Rolle: Analyse/)
      .waitFor();
    await page.getByLabel("Beispielabfrage").selectOption({
      label:
        "Beratungskontingente der Jugendämter und der Kooperationspool eines Jahres: zugewiesen, gebucht, verbleibend.",
    });
    await page.getByRole("button", { name: "In neuem Tab öffnen" }).click();
    await page.locator(".graphiql-query-editor").getByText("ContingentsAndPool").first().waitFor();
    await page.getByRole("button", { name: /^Execute query/ }).click();
    await page.locator(".graphiql-response").getByText("Jugendamt Hansestadt Rostock").first().waitFor();
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
