import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenVerifier, issueDevToken } from "./caller.js";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET, type AuthConfig } from "./config.js";
import { UnauthenticatedError } from "./errors.js";

const dev: AuthConfig = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE };
const verifyDev = createTokenVerifier(dev);

/** Signs arbitrary claims with the dev secret, issuer and audience (for tokens issueDevToken refuses to make). */
function signDev(claims: JWTPayload, options: { secret?: string; expires?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? "1h")
    .sign(new TextEncoder().encode(options.secret ?? DEV_SECRET));
}

/** Asserts that verifying `authorization` fails with UNAUTHENTICATED (HTTP 401). */
async function expectUnauthenticated(
  verify: ReturnType<typeof createTokenVerifier>,
  authorization: string | undefined,
) {
  const error = await verify(authorization).then(
    (caller) => {
      throw new Error(`expected the token to be rejected, got ${JSON.stringify(caller)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthenticatedError);
  expect((error as UnauthenticatedError).extensions).toMatchObject({ code: "UNAUTHENTICATED", http: { status: 401 } });
}

describe("development tokens", () => {
  it("round-trips a state-office token", async () => {
    const token = await issueDevToken(dev, { role: "STATE_OFFICE" });
    expect(await verifyDev(`Bearer ${token}`)).toEqual({ subject: "demo-state-office", role: "STATE_OFFICE" });
  });

  it("round-trips an analyst token with a chosen subject", async () => {
    const token = await issueDevToken(dev, { role: "ANALYST", subject: "alice" });
    expect(await verifyDev(`Bearer ${token}`)).toEqual({ subject: "alice", role: "ANALYST" });
  });

  it("round-trips a youth-office token carrying its district key", async () => {
    const token = await issueDevToken(dev, { role: "YOUTH_OFFICE", district: "12345" });
    expect(await verifyDev(`Bearer ${token}`)).toEqual({
      subject: "demo-youth-office-12345",
      role: "YOUTH_OFFICE",
      districtKey: "12345",
    });
  });

  it("accepts the scheme name in any case", async () => {
    const token = await issueDevToken(dev, { role: "ANALYST" });
    expect((await verifyDev(`bearer ${token}`)).role).toBe("ANALYST");
  });

  it("refuses to issue a youth-office token without a district", async () => {
    await expect(issueDevToken(dev, { role: "YOUTH_OFFICE" })).rejects.toThrow(/district/);
  });
});

describe("rejected requests", () => {
  it("rejects a request without an Authorization header", async () => {
    await expectUnauthenticated(verifyDev, undefined);
  });

  it("rejects an Authorization header that is not a bearer token", async () => {
    await expectUnauthenticated(verifyDev, "Basic dXNlcjpwYXNz");
  });

  it("rejects a garbage token", async () => {
    await expectUnauthenticated(verifyDev, "Bearer not.a.jwt");
  });

  it("rejects a token signed with another secret", async () => {
    await expectUnauthenticated(
      verifyDev,
      `Bearer ${await signDev({ role: "STATE_OFFICE", sub: "x" }, { secret: "y".repeat(40) })}`,
    );
  });

  it("rejects a token of another issuer's configuration", async () => {
    const other: AuthConfig = { ...dev, audience: "another-graph" };
    await expectUnauthenticated(verifyDev, `Bearer ${await issueDevToken(other, { role: "STATE_OFFICE" })}`);
  });

  it("rejects an expired token", async () => {
    await expectUnauthenticated(verifyDev, `Bearer ${await issueDevToken(dev, { role: "STATE_OFFICE" }, "-1s")}`);
  });

  it("rejects a token without a role", async () => {
    await expectUnauthenticated(verifyDev, `Bearer ${await signDev({ sub: "someone" })}`);
  });

  it("rejects a token with an unknown role", async () => {
    await expectUnauthenticated(verifyDev, `Bearer ${await signDev({ sub: "someone", role: "ADMIN" })}`);
  });

  it("rejects a youth-office token without a district", async () => {
    await expectUnauthenticated(verifyDev, `Bearer ${await signDev({ sub: "someone", role: "YOUTH_OFFICE" })}`);
  });

  it("rejects a youth-office token whose district is not a district key", async () => {
    await expectUnauthenticated(
      verifyDev,
      `Bearer ${await signDev({ sub: "someone", role: "YOUTH_OFFICE", district: "Berlin" })}`,
    );
  });
});

describe("tokens verified before", () => {
  it("refuses a token once it has expired, though it was accepted before", async () => {
    const verify = createTokenVerifier(dev);
    const token = await signDev({ sub: "short-lived", role: "ANALYST" }, { expires: "2s" });
    expect(await verify(`Bearer ${token}`)).toEqual({ subject: "short-lived", role: "ANALYST" });
    const { exp } = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as { exp: number };
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    await expectUnauthenticated(verify, `Bearer ${token}`);
  });

  it("takes no token for one it knows unless it is the very same (a changed signature fails)", async () => {
    const verify = createTokenVerifier(dev);
    const token = await signDev({ sub: "someone", role: "STATE_OFFICE" });
    expect(await verify(`Bearer ${token}`)).toEqual({ subject: "someone", role: "STATE_OFFICE" });
    const tampered = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    await expectUnauthenticated(verify, `Bearer ${tampered}`);
    expect(await verify(`Bearer ${token}`)).toEqual({ subject: "someone", role: "STATE_OFFICE" });
  });
});

describe("OIDC provider (JWKS)", () => {
  const issuer = "https://idp.test";
  const audience = "kinderschutz-graph";
  let server: Server;
  let privateKey: CryptoKey;
  let jwks: AuthConfig;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    jwks = { mode: "jwks", jwksUrl: `http://127.0.0.1:${port}/jwks`, issuer, audience };
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  const signRs256 = (claims: JWTPayload, who = { issuer, audience }) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "test-key" })
      .setIssuer(who.issuer)
      .setAudience(who.audience)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);

  it("accepts a token signed by the provider's key", async () => {
    const token = await signRs256({ sub: "kc-user-1", role: "YOUTH_OFFICE", district: "09162" });
    expect(await createTokenVerifier(jwks)(`Bearer ${token}`)).toEqual({
      subject: "kc-user-1",
      role: "YOUTH_OFFICE",
      districtKey: "09162",
    });
  });

  it("rejects a provider-signed token for another audience", async () => {
    const token = await signRs256({ sub: "kc-user-1", role: "STATE_OFFICE" }, { issuer, audience: "someone-else" });
    await expectUnauthenticated(createTokenVerifier(jwks), `Bearer ${token}`);
  });

  it("rejects a token signed with the development secret", async () => {
    const token = await signDev({ sub: "mallory", role: "STATE_OFFICE" });
    await expectUnauthenticated(createTokenVerifier(jwks), `Bearer ${token}`);
  });

  it("refuses to issue development tokens", async () => {
    await expect(issueDevToken(jwks, { role: "STATE_OFFICE" })).rejects.toThrow(/AUTH_JWKS_URL/);
  });
});
