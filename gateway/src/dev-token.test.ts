import type { AddressInfo } from "node:net";
import {
  createTokenVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_SECRET,
  type AuthConfig,
} from "@kinderschutz/subgraph-kit/auth";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devTokenRouter } from "./dev-token.js";

const dev: AuthConfig = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE };
let server: ReturnType<express.Express["listen"]>;
let url: string;

beforeAll(async () => {
  const app = express();
  app.use("/auth/dev-token", devTokenRouter(dev)!);
  await new Promise<void>((done) => {
    server = app.listen(0, "127.0.0.1", () => done());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/auth/dev-token`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const post = (body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the demo sign-in", () => {
  it("hands out a token for a chosen identity that the services accept", async () => {
    const res = await post({ role: "YOUTH_OFFICE", district: "13071" });
    expect(res.status).toBe(200);
    const { token, expiresIn } = (await res.json()) as { token: string; expiresIn: number };
    expect(expiresIn).toBeGreaterThan(0);
    expect(await createTokenVerifier(dev)(`Bearer ${token}`)).toMatchObject({
      role: "YOUTH_OFFICE",
      districtKey: "13071",
    });
  });

  it("explains a bad request", async () => {
    expect((await post({ role: "YOUTH_OFFICE" })).status).toBe(400);
    expect((await post({ role: "MAYOR" })).status).toBe(400);
  });

  it("does not exist once an OIDC provider is configured", () => {
    expect(
      devTokenRouter({
        mode: "jwks",
        jwksUrl: "https://login.example/jwks",
        issuer: "https://login.example",
        audience: "graph",
      }),
    ).toBeUndefined();
  });
});
