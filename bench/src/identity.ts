import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { freePort } from "../../test/support/graph.js";

const AUDIENCE = "kinderschutz-graph";

/** What the processes under test are told, so that they run as in production (NODE_ENV=production needs OIDC). */
export interface BenchIdentity {
  env: Record<string, string>;
  token(role: "state-office" | "youth-office" | "analyst", district?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A key of the benchmark's own, published as a JWKS on loopback, standing in for the OIDC provider of a
 * production deployment: the graph runs with NODE_ENV=production (graphql-js, Apollo and our kit skip their
 * development checks there), which the development secret is refused in.
 */
export async function startBenchIdentity(): Promise<BenchIdentity> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256", use: "sig" }] });
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const server: Server = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(jwks),
  );
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    env: { NODE_ENV: "production", AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_ISSUER: issuer, AUTH_AUDIENCE: AUDIENCE },
    token: (role, district) => sign(privateKey, issuer, role, district),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function sign(
  key: CryptoKey,
  issuer: string,
  role: "state-office" | "youth-office" | "analyst",
  district?: string,
): Promise<string> {
  const claim = { "state-office": "STATE_OFFICE", "youth-office": "YOUTH_OFFICE", analyst: "ANALYST" }[role];
  return new SignJWT({ role: claim, ...(district ? { district } : {}) })
    .setProtectedHeader({ alg: "RS256", kid: "bench" })
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setSubject(`bench-${role}${district ? `-${district}` : ""}`)
    .setIssuedAt()
    .setExpirationTime("4h")
    .sign(key);
}
