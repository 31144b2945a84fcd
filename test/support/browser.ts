/**
 * A real browser for the interface tests: Debian's Chromium (`apt-get install chromium`, as `.ci/run` does)
 * driven by playwright-core, each test file with a fresh profile. Screenshots go to `test/browser/screenshots/`
 * for review.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startGraph, type GraphOptions, type RunningGraph } from "./graph.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = fileURLToPath(new URL("../browser/screenshots/", import.meta.url));

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests the page sent to anywhere but the given origins (nothing may leave the machine). */
  foreignRequests: string[];
  /** What the browser refused on our own pages because of the Content-Security-Policy (must stay empty). */
  cspViolations: string[];
  close(): Promise<void>;
}

export async function openBrowser(allowedOrigins: string[]): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  const profile = mkdtempSync(path.join(tmpdir(), "kinderschutz-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: "de-DE",
    // The graph's calendar day is UTC's (the subgraphs' "today"); a browser in Berlin would be a day ahead between
    // midnight and 01:00 (02:00 in summer), and the tests that compare its "today" with the graph's would fail then.
    timezoneId: "UTC",
    viewport: { width: 1280, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const foreignRequests: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (!allowedOrigins.some((origin) => url.startsWith(origin))) foreignRequests.push(url);
  });
  // Chromium reports each refusal of the Content-Security-Policy as a console error of the page.
  const cspViolations: string[] = [];
  const ourOrigin = allowedOrigins[0];
  const watch = (page: Page) =>
    page.on("console", (message) => {
      if (
        message.type() === "error" &&
        /Content Security Policy/i.test(message.text()) &&
        (!ourOrigin || page.url().startsWith(ourOrigin))
      ) {
        cspViolations.push(`${page.url()}: ${message.text()}`);
      }
    });
  context.on("page", watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    foreignRequests,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type DemoRole = "Jugendamt" | "Landeskoordinierungsstelle" | "Analyse";

/** Signs in through the demo sign-in page, as a person would. */
export async function signIn(page: Page, origin: string, role: DemoRole, districtName?: string): Promise<void> {
  await page.goto(`${origin}/anmelden`);
  if (role === "Jugendamt") {
    await page.getByLabel("Kreis oder kreisfreie Stadt").selectOption({ label: districtName! });
  }
  await page.getByRole("button", { name: `Als ${role} anmelden` }).click();
  await page.getByRole("button", { name: "Abmelden" }).waitFor();
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and returns what it found. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * The demo graph serving the built interface, and a fresh browser, for the tests of one file: started before
 * them, stopped after them.
 */
export function interfaceUnderTest(options: GraphOptions = {}): {
  readonly graph: RunningGraph;
  readonly browser: Browser;
} {
  const running = {} as { graph: RunningGraph; browser: Browser };
  beforeAll(async () => {
    running.graph = await startGraph({ adminUi: true, ...options });
    running.browser = await openBrowser([running.graph.origin]);
  });
  afterAll(async () => {
    const violations = running.browser?.cspViolations ?? [];
    await running.browser?.close();
    await running.graph?.stop();
    if (violations.length)
      throw new Error(`The Content-Security-Policy refused parts of the interface:\n${violations.join("\n")}`);
  });
  return running;
}
