/**
 * A real OpenID provider on loopback (the oidc-provider package), for testing sign-in with authorisation code +
 * PKCE end to end. Its development login form accepts any account name; the accounts given here decide the
 * role and district claims in the access token, which is a JWT for the graph's audience, as a production
 * provider (e.g. Keycloak) is configured to issue.
 */
import type { Server } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";

export interface TestAccount {
  role: "STATE_OFFICE" | "YOUTH_OFFICE" | "ANALYST";
  district?: string;
}

export interface RunningProvider {
  issuer: string;
  jwksUrl: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(options: {
  port: number;
  clientId: string;
  redirectUri: string;
  audience: string;
  accounts: Record<string, TestAccount>;
}): Promise<RunningProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const account = (id: string) => options.accounts[id];

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: "none",
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [new URL("/anmelden", options.redirectUri).href],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60 },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: "graph",
          audience: options.audience,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    findAccount: (_ctx, id) => (account(id) ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
    // The graph reads role and district from the access token.
    extraTokenClaims: (_ctx, token) => {
      const found = "accountId" in token && typeof token.accountId === "string" ? account(token.accountId) : undefined;
      return found ? { role: found.role, ...(found.district ? { district: found.district } : {}) } : undefined;
    },
  });
  provider.proxy = false;
  const server: Server = provider.listen(options.port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
