import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { AuthConfig } from "./config.js";
import { UnauthenticatedError } from "./errors.js";

export const ROLES = ["STATE_OFFICE", "YOUTH_OFFICE", "ANALYST"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, taken from a verified token. A youth office always carries the key of its district. */
export type Caller =
  | { subject: string; role: "STATE_OFFICE" | "ANALYST"; districtKey?: undefined }
  | { subject: string; role: "YOUTH_OFFICE"; districtKey: string };

/**
 * Token claims we read: `sub`, `role` and, for youth offices, `district` (the five-digit official key,
 * Kreisschlüssel, of the district or independent city whose youth office it is). An OIDC provider (e.g.
 * Keycloak) maps its users to these claims and must name only a district that exists today: a subgraph checks
 * what it can know (the organisations subgraph holds the regions; the gateway asks it before any change).
 */
export const DISTRICT_KEY = /^\d{5}$/;

const claims = z.discriminatedUnion("role", [
  z.object({ sub: z.string().min(1), role: z.enum(["STATE_OFFICE", "ANALYST"]) }),
  z.object({ sub: z.string().min(1), role: z.literal("YOUTH_OFFICE"), district: z.string().regex(DISTRICT_KEY) }),
]);

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/**
 * How long a verified token is taken at its word without checking its signature again (never beyond its expiry):
 * a token whose key the provider withdraws stops working within this time.
 */
export const VERIFIED_TOKEN_MEMORY_MS = 60_000;

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    auth.mode === "jwks" ? createRemoteJWKSet(new URL(auth.jwksUrl)) : new TextEncoder().encode(auth.secret);
  const algorithms = auth.mode === "jwks" ? ["RS256", "ES256", "PS256", "EdDSA"] : ["HS256"];
  // A page's requests, and each subgraph fetch the gateway makes for them, carry the same token: its signature
  // is checked once (an RSA verification through WebCrypto was a tenth of the gateway's time per request).
  const verified = new LRUCache<string, Caller>({ max: 10_000 });

  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match) throw new UnauthenticatedError();
    const token = match[1]!;
    const known = verified.get(token);
    if (known) return known;
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: auth.issuer,
        audience: auth.audience,
      }));
    } catch {
      throw new UnauthenticatedError("The token is invalid or has expired: sign in again.");
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) {
      throw new UnauthenticatedError(
        "The token carries no valid role (STATE_OFFICE, YOUTH_OFFICE with the five-digit key of its district, ANALYST).",
      );
    }
    const c = parsed.data;
    const caller: Caller = Object.freeze(
      c.role === "YOUTH_OFFICE"
        ? { subject: c.sub, role: c.role, districtKey: c.district }
        : { subject: c.sub, role: c.role },
    );
    const { exp } = payload as { exp?: number };
    const validForMs = exp === undefined ? VERIFIED_TOKEN_MEMORY_MS : exp * 1000 - Date.now();
    if (validForMs > 0) verified.set(token, caller, { ttl: Math.min(validForMs, VERIFIED_TOKEN_MEMORY_MS) });
    return caller;
  };
}

/** Signs a development token. Only for the dev secret: production tokens come from the OIDC provider. */
export async function issueDevToken(
  auth: AuthConfig,
  who: { role: Role; district?: string; subject?: string },
  lifetime = "12h",
): Promise<string> {
  if (auth.mode !== "dev") {
    throw new Error("Development tokens are disabled: an OIDC provider (AUTH_JWKS_URL) is configured.");
  }
  if (who.role === "YOUTH_OFFICE" && !who.district) throw new Error("A youth-office token needs a district key.");
  const subject =
    who.subject ??
    (who.role === "YOUTH_OFFICE"
      ? `demo-youth-office-${who.district}`
      : `demo-${who.role.toLowerCase().replace("_", "-")}`);
  return new SignJWT({ role: who.role, ...(who.role === "YOUTH_OFFICE" ? { district: who.district } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(new TextEncoder().encode(auth.secret));
}
