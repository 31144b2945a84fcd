import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_SECRET,
  parseConfig,
  portSetting,
  subgraphSettings,
} from "./config.js";
import { DEFAULT_QUERY_LIMITS, queryLimitsOf } from "./limits.js";

const shape = { ...subgraphSettings, PORT: portSetting(4001) };

/** The problems parseConfig reports for `env`, or fails the test when it accepts it. */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(shape, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected parseConfig to reject the configuration");
}

describe("parseConfig", () => {
  it("reports every bad setting at once, each by name", () => {
    const problems = problemsOf({ PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });

    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith("PORT:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("DATABASE_URL:") && p.includes("postgres://"))).toBe(true);
    expect(problems.some((p) => p.startsWith("LOG_LEVEL:"))).toBe(true);
  });

  it("puts every problem into the error message", () => {
    const parse = () => parseConfig(shape, { PORT: "70000", AUTH_DEV_SECRET: "short" });

    expect(parse).toThrow(/^\s+- PORT: /m);
    expect(parse).toThrow(/^\s+- AUTH_DEV_SECRET: must be at least 32 characters$/m);
  });

  it("refuses production without an OIDC provider, naming AUTH_JWKS_URL", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL: required in production/),
    ]);
  });

  it("reports a missing OIDC provider together with the other bad settings", () => {
    const problems = problemsOf({ NODE_ENV: "production", PORT: "abc" });

    expect(problems).toEqual([
      expect.stringMatching(/^PORT:/),
      expect.stringMatching(/^AUTH_JWKS_URL: required in production/),
    ]);
  });

  it("requires AUTH_ISSUER and AUTH_AUDIENCE when AUTH_JWKS_URL is set", () => {
    const problems = problemsOf({ AUTH_JWKS_URL: "https://idp.example.org/jwks" });

    expect(problems).toEqual([
      expect.stringMatching(/^AUTH_ISSUER: required when AUTH_JWKS_URL is set/),
      expect.stringMatching(/^AUTH_AUDIENCE: required when AUTH_JWKS_URL is set/),
    ]);
  });

  it("rejects an AUTH_JWKS_URL that is not a URL", () => {
    expect(
      problemsOf({ AUTH_JWKS_URL: "not a url", AUTH_ISSUER: "https://idp.example.org", AUTH_AUDIENCE: "a" }),
    ).toEqual([expect.stringMatching(/^AUTH_JWKS_URL:/)]);
  });

  it("rejects an AUTH_ISSUER that is not a URL (the gateway allows the issuer's origin in its CSP)", () => {
    expect(
      problemsOf({ AUTH_JWKS_URL: "https://idp.example.org/jwks", AUTH_ISSUER: "kinderschutz", AUTH_AUDIENCE: "a" }),
    ).toEqual([expect.stringMatching(/^AUTH_ISSUER: must be the OIDC provider's issuer URL/)]);
  });

  it("applies the defaults when nothing is set", () => {
    const config = parseConfig(shape, {});

    expect(config).toMatchObject({
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      DATA_DIR: "data",
      PORT: 4001,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DEMO_DATA).toBeUndefined();
    expect(config).toMatchObject({
      DATABASE_POOL_MAX: 10,
      DATABASE_STATEMENT_TIMEOUT_MS: 10_000,
      SHUTDOWN_DELAY_MS: 0,
      SHUTDOWN_TIMEOUT_MS: 25_000,
    });
  });

  it("uses development tokens with the public secret when nothing is set", () => {
    expect(parseConfig(shape, {}).auth).toEqual({
      mode: "dev",
      secret: DEV_SECRET,
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
    });
  });

  it("treats empty settings as unset", () => {
    const config = parseConfig(shape, { PORT: "", DATABASE_URL: "", NODE_ENV: "" });

    expect(config.PORT).toBe(4001);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.auth.mode).toBe("dev");
  });

  it("parses the given settings into typed values", () => {
    const config = parseConfig(shape, {
      PORT: "5005",
      DATABASE_URL: "postgresql://u:p@db:5432/graph",
      DEMO_DATA: "false",
      AUTH_DEV_SECRET: "x".repeat(32),
    });

    expect(config.PORT).toBe(5005);
    expect(config.DATABASE_URL).toBe("postgresql://u:p@db:5432/graph");
    expect(config.DEMO_DATA).toBe(false);
    expect(config.auth).toEqual({ mode: "dev", secret: "x".repeat(32), issuer: DEV_ISSUER, audience: DEV_AUDIENCE });
  });

  it("accepts 1 and 0 for boolean settings", () => {
    expect(parseConfig(shape, { DEMO_DATA: "1" }).DEMO_DATA).toBe(true);
    expect(parseConfig(shape, { DEMO_DATA: "0" }).DEMO_DATA).toBe(false);
    expect(problemsOf({ DEMO_DATA: "yes" })).toEqual(["DEMO_DATA: use true or false"]);
  });

  it("selects JWKS mode when the OIDC provider is configured, also in production", () => {
    const config = parseConfig(shape, {
      NODE_ENV: "production",
      AUTH_JWKS_URL: "https://idp.example.org/jwks",
      AUTH_ISSUER: "https://idp.example.org",
      AUTH_AUDIENCE: "kinderschutz-graph",
    });

    expect(config.auth).toEqual({
      mode: "jwks",
      jwksUrl: "https://idp.example.org/jwks",
      issuer: "https://idp.example.org",
      audience: "kinderschutz-graph",
    });
  });
});

describe("the query limit settings", () => {
  it("default to limits the admin interface stays well within", () => {
    expect(queryLimitsOf(parseConfig(shape, {}))).toEqual({
      maxDepth: 15,
      maxAliases: 30,
      maxTokens: 4000,
      maxDirectives: 50,
      maxCost: 50_000,
      maxBodyBytes: 1024 * 1024,
    });
    expect(DEFAULT_QUERY_LIMITS).toEqual(queryLimitsOf(parseConfig(shape, {})));
  });

  it("read whole numbers from the environment", () => {
    const config = parseConfig(shape, {
      QUERY_MAX_DEPTH: "12",
      QUERY_MAX_ALIASES: "0",
      QUERY_MAX_COST: "20000",
      REQUEST_MAX_BYTES: "65536",
    });

    expect(queryLimitsOf(config)).toMatchObject({ maxDepth: 12, maxAliases: 0, maxCost: 20_000, maxBodyBytes: 65_536 });
  });

  it("name every bad limit with its allowed range", () => {
    const problems = problemsOf({
      QUERY_MAX_DEPTH: "deep",
      QUERY_MAX_ALIASES: "-1",
      QUERY_MAX_TOKENS: "2.5",
      QUERY_MAX_DIRECTIVES: "5000",
      QUERY_MAX_COST: "10",
      REQUEST_MAX_BYTES: "1mb",
    });

    expect(problems).toEqual([
      "QUERY_MAX_DEPTH: must be a whole number from 2 to 100",
      "QUERY_MAX_ALIASES: must be a whole number from 0 to 1000",
      "QUERY_MAX_TOKENS: must be a whole number from 100 to 100000",
      "QUERY_MAX_DIRECTIVES: must be a whole number from 0 to 1000",
      "QUERY_MAX_COST: must be a whole number from 100 to 100000000",
      "REQUEST_MAX_BYTES: must be a whole number from 1024 to 104857600",
    ]);
  });
});
