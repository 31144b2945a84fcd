import { z } from "zod";

const booleanSetting = z
  .enum(["true", "false", "1", "0"], { message: "use true or false" })
  .transform((v) => v === "true" || v === "1");

const authSettings = {
  AUTH_JWKS_URL: z.url({ message: "must be the URL of the OIDC provider's JWKS" }).optional(),
  AUTH_ISSUER: z.url({ message: "must be the OIDC provider's issuer URL (the iss claim of its tokens)" }).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_DEV_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
};

const limitSetting = (min: number, max: number, defaultValue: number) =>
  z.coerce
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int({ message: `must be a whole number from ${min} to ${max}` })
    .min(min, { message: `must be a whole number from ${min} to ${max}` })
    .max(max, { message: `must be a whole number from ${min} to ${max}` })
    .default(defaultValue);

/**
 * Limits on what one request may ask for. The gateway and every subgraph read the same names, so a call that
 * skips the gateway meets the same limits. The defaults leave the admin interface's heaviest operations far
 * below each limit (checked by a test in limits.test.ts).
 */
export const queryLimitSettings = {
  /** Nesting levels of fields in one operation. */
  QUERY_MAX_DEPTH: limitSetting(2, 100, 15),
  /** Aliased fields in one operation (`a1: name a2: name …`); `__typename` counts too. */
  QUERY_MAX_ALIASES: limitSetting(0, 1_000, 30),
  /** Lexical tokens (names, punctuation, values) in one document. */
  QUERY_MAX_TOKENS: limitSetting(100, 100_000, 4_000),
  /** Directives (`@include`, `@skip`, …) in one operation. */
  QUERY_MAX_DIRECTIVES: limitSetting(0, 1_000, 50),
  /** graphql-armor's estimated cost: each object field 2, each scalar 1, ×1.5 per level, × `first` of a list. */
  QUERY_MAX_COST: limitSetting(100, 100_000_000, 50_000),
  /** Size of one request body in bytes. */
  REQUEST_MAX_BYTES: limitSetting(1_024, 100 * 1024 * 1024, 1024 * 1024),
};

/**
 * How a process stops on SIGTERM: first it tells load balancers it is going (readiness answers 503) while it still
 * serves, then it stops accepting connections and lets the requests in flight finish.
 */
export const shutdownSettings = {
  /** How long readiness answers 503 before the listener closes (let the load balancer notice; 0 locally). */
  SHUTDOWN_DELAY_MS: limitSetting(0, 120_000, 0),
  /** How long requests in flight may take to finish after the listener closed; then their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: limitSetting(0, 600_000, 25_000),
};

/** Traces: off unless a collector is named (then OTLP over HTTP to `<endpoint>/v1/traces`). */
export const tracingSettings = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message:
        "must be the http(s) base URL of an OpenTelemetry collector's OTLP/HTTP endpoint, e.g. http://otel-collector:4318",
    })
    .optional(),
  /** `service.name` of the spans; default: the service's own name (gateway, organisations, …). */
  OTEL_SERVICE_NAME: z
    .string()
    .regex(/^[\w.:/-]{1,100}$/, { message: "must be 1 to 100 letters, digits or . _ : / -" })
    .optional(),
};

/**
 * How far (in percent) the JavaScript heap may grow beyond what the last full garbage collection kept before the
 * next one runs; 0 leaves it to V8, which lets a busy heap grow to several times its live data (limitHeapGrowth).
 * Every process limits it to 50 % by default: on Node 24 with MikroORM 7 a subgraph left to V8 peaked at up to
 * 519 MB at Germany's size, at 50 % at 322–326 MB, answering about as fast (docs/performance.md).
 */
export const heapGrowthSetting = (defaultPercent: number) => limitSetting(0, 400, defaultPercent);

/**
 * What node is started with, by every launcher of the graph's processes (the images' CMD, `pnpm start`, the tests
 * and the benchmark). Node 24's V8 gives the young generation of the heap up to 64 MB per semi-space where Node
 * 20's gave 16: a busy process then holds a quarter of a gigabyte of short-lived answers that
 * HEAP_GROWTH_PERCENT cannot bound. The size is fixed when the heap is made, so it is a flag of the command line,
 * not a setting read at start. The gateway gets half a subgraph's: what it allocates is an answer's tree, dead
 * when the answer is sent; at 8 MB it peaked about 10 MB lower under Nordrhein-Westfalen's overview (280–282
 * against 288–302 MB) for no more CPU time per operation (docs/performance.md).
 */
export function nodeStartFlags(service: string): readonly string[] {
  return [`--max-semi-space-size=${service === "gateway" ? 8 : 16}`];
}

/** The settings every process of the graph reads (subgraphs and gateway). */
export const baseSettings = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  HEAP_GROWTH_PERCENT: heapGrowthSetting(50),
  ...tracingSettings,
  ...authSettings,
  ...queryLimitSettings,
  ...shutdownSettings,
};

export const subgraphSettings = {
  ...baseSettings,
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "must be a postgres:// connection URL" })
    .optional(),
  DATA_DIR: z.string().min(1).default("data"),
  DEMO_DATA: booleanSetting.optional(),
  /** Connections to PostgreSQL per process: instances × this must stay below the server's max_connections. */
  DATABASE_POOL_MAX: limitSetting(1, 200, 10),
  /** Longest one SQL statement may run on PostgreSQL (waiting for locks included) before it is cancelled. */
  DATABASE_STATEMENT_TIMEOUT_MS: limitSetting(100, 600_000, 10_000),
};

/**
 * The subgraphs of the graph, in one list that the gateway, the subgraphs that ask each other, the start script,
 * the schema script and the tests read: each one's folder under services/ and where it listens by default.
 */
export const SUBGRAPHS = [
  { name: "organisations", defaultUrl: "http://127.0.0.1:4001/graphql" },
  { name: "networks", defaultUrl: "http://127.0.0.1:4002/graphql" },
  { name: "budgets", defaultUrl: "http://127.0.0.1:4003/graphql" },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

/** `organisations` → `ORGANISATIONS_URL`: the setting that points the gateway (or a peer) at a subgraph. */
export const urlSetting = (name: string) => `${name.toUpperCase()}_URL`;

/** The URL settings of the named subgraphs, each defaulting to where `pnpm start` runs it. */
export const subgraphUrlSettings = (names: readonly SubgraphName[]) =>
  Object.fromEntries(
    SUBGRAPHS.filter((s) => names.includes(s.name)).map((s) => [
      urlSetting(s.name),
      z
        .url({ protocol: /^https?$/, message: "must be the http(s) URL of the subgraph's /graphql" })
        .default(s.defaultUrl),
    ]),
  );

export const DEV_ISSUER = "kinderschutz-dev";
export const DEV_AUDIENCE = "kinderschutz-graph";
/** Known to everyone who reads this repository: accepted only when no OIDC provider is configured. */
export const DEV_SECRET = "development-only-secret-of-the-kinderschutz-demo-graph";

export type AuthConfig =
  | { mode: "jwks"; jwksUrl: string; issuer: string; audience: string }
  | { mode: "dev"; secret: string; issuer: string; audience: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

function authFrom(env: { NODE_ENV: string } & { [K in keyof typeof authSettings]?: string }): AuthConfig {
  if (env.AUTH_JWKS_URL) {
    const missing = (["AUTH_ISSUER", "AUTH_AUDIENCE"] as const).filter((k) => !env[k]);
    if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required when AUTH_JWKS_URL is set`));
    return { mode: "jwks", jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER!, audience: env.AUTH_AUDIENCE! };
  }
  if (env.NODE_ENV === "production") {
    throw new ConfigError(["AUTH_JWKS_URL: required in production (the development secret is public)"]);
  }
  return { mode: "dev", secret: env.AUTH_DEV_SECRET ?? DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE };
}

/**
 * Parses the environment once into a typed object. Every problem is reported at once, each naming its
 * setting, so an operator fixes the whole configuration in one go.
 */
export function parseConfig<S extends z.ZodRawShape>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> & { auth: AuthConfig } {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = z.object(shape).safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  let auth: AuthConfig | undefined;
  try {
    auth = authFrom({ NODE_ENV: "development", ...(cleaned as Record<string, string>) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  if (!result.success || !auth) throw new ConfigError(problems);
  return { ...(result.data as z.infer<z.ZodObject<S>>), auth };
}

/** Like {@link parseConfig}, but a bad setting stops the process with a message naming it. */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env = process.env) {
  try {
    return parseConfig(shape, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export { z };

export const portSetting = (defaultPort: number) =>
  z.coerce.number({ message: "must be a port number" }).int().min(1).max(65535).default(defaultPort);
