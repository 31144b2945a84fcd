import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot, type Browser } from "../support/browser.js";
import { freePort, startGraph, token, type RunningGraph } from "../support/graph.js";
import { startOidcProvider, type RunningProvider } from "../support/oidc.js";

// Production sign-in: authorisation code + PKCE against a real OpenID provider; the demo sign-in is gone.
const AUDIENCE = "https://graph.kinderschutz.test";
const CLIENT_ID = "admin-ui";

let provider: RunningProvider;
let graph: RunningGraph;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  // The services fetch the provider's keys on the first token they verify, so the provider may start after them.
  graph = await startGraph({
    adminUi: true,
    env: { AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE },
    gatewayEnv: { OIDC_CLIENT_ID: CLIENT_ID, OIDC_SCOPE: "openid graph" },
  });
  provider = await startOidcProvider({
    port,
    clientId: CLIENT_ID,
    redirectUri: `${graph.origin}/anmelden/rueckruf`,
    audience: AUDIENCE,
    accounts: { "jugendamt-rostock": { role: "YOUTH_OFFICE", district: "13072" } },
  });
  browser = await openBrowser([graph.origin, provider.issuer]);
});

afterAll(async () => {
  await browser?.close();
  await graph?.stop();
  await provider?.stop();
});

describe("sign-in through an OpenID Connect provider", () => {
  it("announces the provider to the interface and offers no demo tokens", async () => {
    const settings = await (await fetch(`${graph.origin}/auth/config`)).json();
    expect(settings).toEqual({ mode: "oidc", authority: provider.issuer, clientId: CLIENT_ID, scope: "openid graph" });
    const demo = await fetch(`${graph.origin}/auth/dev-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"role":"STATE_OFFICE"}',
    });
    expect(demo.status).toBe(404);
    const forged = await graph.gql(await token("state-office"), "{ regions { key } }");
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs a youth office in with code + PKCE and its token opens its district's overview", async () => {
    const { page } = browser;
    await page.goto(`${graph.origin}/`);
    await page.waitForURL(/\/anmelden/);
    await page.getByRole("button", { name: "Mit Dienstkonto anmelden" }).click();

    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill("jugendamt-rostock");
    await page.locator('input[name="password"]').fill("egal");
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: /continue/i }).click();

    await page.waitForURL(`${graph.origin}/`);
    await page.getByRole("heading", { name: "Übersicht: Landkreis Rostock" }).waitFor();
    await page.getByRole("heading", { name: /Beratungskontingent/ }).waitFor();
    await page.getByRole("heading", { name: "Nächste Termine" }).waitFor();
    await screenshot(page, "anmeldung-oidc");
    // oidc-provider's development login page (the provider's page, not ours) asks for a web font; nothing else
    // may leave the machine.
    expect(browser.foreignRequests.filter((url) => !url.startsWith("https://fonts.googleapis.com/"))).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
