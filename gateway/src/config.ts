import { existsSync } from "node:fs";
import { join } from "node:path";
import { baseSettings, loadConfig, parseConfig, portSetting, z } from "@kinderschutz/subgraph-kit/auth";
import { SUBGRAPHS, urlSetting } from "./subgraphs.js";

const subgraphUrls = Object.fromEntries(
  SUBGRAPHS.map((s) => [urlSetting(s.name), z.url({ message: "must be the http(s) URL of the subgraph's /graphql" }).default(s.defaultUrl)]),
);

export const gatewaySettings = {
  ...baseSettings,
  PORT: portSetting(4000),
  ...subgraphUrls,
  /** How long the gateway waits for a subgraph's health check. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  /** A built admin interface (`admin-ui/build`) to serve at `/`; without it the gateway serves only the API. */
  ADMIN_UI_DIR: z
    .string()
    .refine((dir) => existsSync(join(dir, "index.html")), { message: "must be a folder with a built admin interface (index.html): run `pnpm build`" })
    .optional(),
  /** The admin interface's client id at the OIDC provider (AUTH_ISSUER), for sign-in with authorisation code + PKCE. */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default("openid"),
};

export type GatewayConfig = ReturnType<typeof parseConfig<typeof gatewaySettings>>;

export const loadGatewayConfig = (env = process.env): GatewayConfig => loadConfig(gatewaySettings, env);

export function subgraphUrl(config: GatewayConfig, name: string): string {
  return (config as unknown as Record<string, string>)[urlSetting(name)]!;
}
