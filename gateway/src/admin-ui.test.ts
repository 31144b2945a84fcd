import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET, parseConfig, type AuthConfig } from "@kinderschutz/subgraph-kit/auth";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminAuthSettings,
  adminUiHandler,
  authSettingsRouter,
  inlineScriptHashes,
  pageContentSecurityPolicy,
} from "./admin-ui.js";
import { gatewaySettings } from "./config.js";

const dev: AuthConfig = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE };
const oidc: AuthConfig = {
  mode: "jwks",
  jwksUrl: "https://login.example/jwks",
  issuer: "https://login.example/realms/mv",
  audience: "graph",
};
const build = mkdtempSync(path.join(tmpdir(), "admin-ui-build-"));
let server: ReturnType<express.Express["listen"]>;
let origin: string;

beforeAll(async () => {
  mkdirSync(path.join(build, "_app/immutable"), { recursive: true });
  writeFileSync(path.join(build, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(path.join(build, "_app/immutable/start.abc.js"), "export {};");
  const app = express();
  app.use("/auth/config", authSettingsRouter(adminAuthSettings(dev, { scope: "openid" })));
  app.use(adminUiHandler(build));
  await new Promise<void>((done) => {
    server = app.listen(0, "127.0.0.1", () => done());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe("serving the admin interface", () => {
  it("answers every page path with the app, so deep links survive a reload", async () => {
    const res = await fetch(`${origin}/organisationen/123`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>app</title>");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("lets browsers keep hashed assets for good", async () => {
    const res = await fetch(`${origin}/_app/immutable/start.abc.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("never answers an API path or a POST with the app", async () => {
    expect((await fetch(`${origin}/auth/dev-token`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${origin}/graphql/nothing`)).status).toBe(404);
    expect((await fetch(`${origin}/organisationen`, { method: "POST" })).status).toBe(404);
  });

  it("tells the app how to sign in: demo tokens, or the OIDC provider with the app's client id", async () => {
    expect(await (await fetch(`${origin}/auth/config`)).json()).toEqual({ mode: "demo" });
    expect(adminAuthSettings(oidc, { clientId: "admin-ui", scope: "openid graph" })).toEqual({
      mode: "oidc",
      authority: "https://login.example/realms/mv",
      clientId: "admin-ui",
      scope: "openid graph",
    });
    expect(adminAuthSettings(oidc, { scope: "openid" })).toBeUndefined();
  });

  it("refuses to start with a folder that holds no built app, naming the setting", () => {
    expect(() => parseConfig(gatewaySettings, { ADMIN_UI_DIR: tmpdir() })).toThrow(/ADMIN_UI_DIR/);
    expect(parseConfig(gatewaySettings, { ADMIN_UI_DIR: build }).ADMIN_UI_DIR).toBe(build);
  });
});

describe("pageContentSecurityPolicy", () => {
  it("allows the inline scripts of the built page by their hash, and no other inline script", () => {
    const html = `<head><script type="module" src="/x.js"></script></head><body><script>start()</script><script>\n  go();\n</script></body>`;
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([hash("start()"), hash("\n  go();\n")]);
  });

  it("lets the interface talk to the OIDC provider's origin only when one is configured", () => {
    const demo = pageContentSecurityPolicy({ auth: dev });
    expect(demo.connectSrc).toEqual(["'self'"]);
    expect(demo.frameAncestors).toEqual(["'none'"]);
    const signedIn = pageContentSecurityPolicy({ auth: oidc });
    expect(signedIn.connectSrc).toEqual(["'self'", "https://login.example"]);
    expect(signedIn.scriptSrc).toEqual(["'self'"]);
  });
});
