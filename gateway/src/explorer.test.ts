import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseConfig } from "@kinderschutz/subgraph-kit/auth";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUiHandler } from "./admin-ui.js";
import { gatewaySettings } from "./config.js";
import { explorerRouter } from "./explorer.js";

const build = mkdtempSync(path.join(tmpdir(), "explorer-build-"));
let server: ReturnType<express.Express["listen"]>;
let origin: string;

beforeAll(async () => {
  mkdirSync(path.join(build, "assets"), { recursive: true });
  writeFileSync(path.join(build, "index.html"), "<!doctype html><title>explorer</title>");
  writeFileSync(path.join(build, "assets/index-abc.js"), "export {};");
  const app = express();
  app.use(explorerRouter(build));
  app.post("/graphql", (_req, res) => res.json({ data: { ok: true } }));
  app.get("/graphql", (_req, res) => res.status(400).json({ errors: [{ message: "GET needs a query" }] }));
  // As in the gateway: the admin interface's fallback comes last.
  app.use(adminUiHandler(build));
  await new Promise<void>((done) => {
    server = app.listen(0, "127.0.0.1", () => done());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(build, { recursive: true, force: true });
});

describe("serving the explorer", () => {
  it("serves the page at /explorer and lets browsers keep its hashed assets for good", async () => {
    const page = await fetch(`${origin}/explorer`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>explorer</title>");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const asset = await fetch(`${origin}/explorer/assets/index-abc.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("sends a browser opening /graphql to the explorer, but not an API client", async () => {
    const browser = await fetch(`${origin}/graphql`, {
      redirect: "manual",
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    expect(browser.status).toBe(303);
    expect(browser.headers.get("location")).toBe("/explorer");
    expect(
      (await fetch(`${origin}/graphql`, { redirect: "manual", headers: { accept: "application/json" } })).status,
    ).toBe(400);
    expect((await fetch(`${origin}/graphql`, { redirect: "manual" })).status).toBe(400);
    expect((await fetch(`${origin}/graphql`, { method: "POST", headers: { accept: "text/html" } })).status).toBe(200);
  });

  it("answers a missing explorer file with 404, not with the admin interface", async () => {
    const res = await fetch(`${origin}/explorer/assets/gone.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("<title>");
  });

  it("refuses to start with a folder that holds no built explorer, naming the setting", () => {
    expect(() => parseConfig(gatewaySettings, { EXPLORER_DIR: tmpdir() })).toThrow(/EXPLORER_DIR/);
    expect(parseConfig(gatewaySettings, { EXPLORER_DIR: build }).EXPLORER_DIR).toBe(build);
  });
});
