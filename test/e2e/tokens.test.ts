import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createTokenVerifier, DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET } from "@kinderschutz/subgraph-kit/auth";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const token = (args: string[], env: Record<string, string> = {}) =>
  spawnSync("pnpm", ["--silent", "token", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
const verify = createTokenVerifier({ mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE });

describe("pnpm token", () => {
  it("prints tokens the demo graph accepts, one per role", async () => {
    const youthOffice = token(["youth-office", "13071"]);
    expect(youthOffice.status).toBe(0);
    expect(await verify(`Bearer ${youthOffice.stdout.trim()}`)).toMatchObject({
      role: "YOUTH_OFFICE",
      districtKey: "13071",
    });
    expect(await verify(`Bearer ${token(["state-office"]).stdout.trim()}`)).toMatchObject({ role: "STATE_OFFICE" });
    expect(await verify(`Bearer ${token(["analyst"]).stdout.trim()}`)).toMatchObject({ role: "ANALYST" });
  });

  it("explains its use when the role or district is missing", () => {
    const noDistrict = token(["youth-office"]);
    expect(noDistrict.status).toBe(2);
    expect(noDistrict.stderr).toMatch(/district/);
    expect(token(["mayor"]).stderr).toMatch(/usage/);
  });

  it("refuses when a production OIDC provider is configured", () => {
    const r = token(["state-office"], {
      AUTH_JWKS_URL: "https://login.example/jwks",
      AUTH_ISSUER: "https://login.example",
      AUTH_AUDIENCE: "graph",
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/disabled/);
  });
});
