import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import {
  baseSettings,
  loadConfig,
  parseConfig,
  portSetting,
  ROLES,
  SUBGRAPHS,
  subgraphUrlSettings,
  urlSetting,
  z,
} from "@kinderschutz/subgraph-kit/auth";

const subgraphUrls = subgraphUrlSettings(SUBGRAPHS.map((s) => s.name));

const wholeNumber = (min: number, max: number, unit: string) => {
  const message = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};

/** The gateway's own request limits; the query limits every process shares are in `baseSettings`. */
const gatewayLimitSettings = {
  /** Longest time one GraphQL request may take through the gateway before it is answered with TIMEOUT. */
  REQUEST_TIMEOUT_MS: wholeNumber(100, 600_000, "milliseconds").default(30_000),
  /** GraphQL requests one caller (token subject, else IP address) may send per window; 0 turns the limit off. */
  RATE_LIMIT_MAX: wholeNumber(0, 1_000_000, "requests").default(1_200),
  RATE_LIMIT_WINDOW_MS: wholeNumber(1_000, 86_400_000, "milliseconds").default(60_000),
};

export const gatewaySettings = {
  ...baseSettings,
  PORT: portSetting(4000),
  /**
   * Gateway processes sharing the port on this host: a number, or `auto` for one per core. Each keeps its own
   * metrics, rate-limit counts and caches, so with several pods (Kubernetes) one per pod is the better choice.
   */
  GATEWAY_WORKERS: z
    .union([z.literal("auto").transform(() => availableParallelism()), z.coerce.number().int().min(1).max(64)], {
      message: "must be a whole number from 1 to 64, or auto (one per core)",
    })
    .default(1),
  ...subgraphUrls,
  ...gatewayLimitSettings,
  /**
   * Longest the gateway waits for one subgraph's answer; then that subgraph's part of the answer is an error and
   * the rest is answered (below REQUEST_TIMEOUT_MS, so partial answers come back before the whole request's deadline).
   */
  SUBGRAPH_TIMEOUT_MS: wholeNumber(100, 600_000, "milliseconds").default(10_000),
  /**
   * Origins (scheme://host[:port], comma-separated) whose pages may call the API from the browser. The admin
   * interface is served by the gateway itself (same origin) and needs none; empty allows no other origin.
   */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .url({ message: "must be a comma-separated list of origins such as https://kinderschutz.example" })
          .transform((url) => new URL(url).origin),
      ),
    ),
  /** How long the gateway waits for a subgraph's health check. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  /** A built admin interface (`admin-ui/build`) to serve at `/`; without it the gateway serves only the API. */
  ADMIN_UI_DIR: z
    .string()
    .refine((dir) => existsSync(join(dir, "index.html")), {
      message: "must be a folder with a built admin interface (index.html): run `pnpm build`",
    })
    .optional(),
  /** A built GraphQL explorer (`explorer/dist`) to serve at `/explorer`; browsers opening `/graphql` are sent there. */
  EXPLORER_DIR: z
    .string()
    .refine((dir) => existsSync(join(dir, "index.html")), {
      message: "must be a folder with a built explorer (index.html): run `pnpm --filter ./explorer build`",
    })
    .optional(),
  /** The admin interface's client id at the OIDC provider (AUTH_ISSUER), for sign-in with authorisation code + PKCE. */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default("openid"),
  /** The admin interface's registered operations (`admin-ui/build/trusted-documents.json`); off when not set. */
  TRUSTED_DOCUMENTS_FILE: z
    .string()
    .refine((file) => existsSync(file), {
      message: "must be the trusted-documents.json written by the admin interface's build",
    })
    .optional(),
  /** Whose tokens may run only the registered operations (comma-separated roles). */
  TRUSTED_DOCUMENTS_ROLES: z
    .string()
    .default("STATE_OFFICE,YOUTH_OFFICE")
    .transform((list) =>
      list
        .split(",")
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLES))),
};

export type GatewayConfig = ReturnType<typeof parseConfig<typeof gatewaySettings>>;

export const loadGatewayConfig = (env = process.env): GatewayConfig => loadConfig(gatewaySettings, env);

export function subgraphUrl(config: GatewayConfig, name: string): string {
  return (config as unknown as Record<string, string>)[urlSetting(name)]!;
}
