import { ApolloServer, type ApolloServerOptionsWithGateway, type BaseContext } from "@apollo/server";
import { buildSchema } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@kinderschutz/subgraph-kit/auth";
import { gatewaySettings } from "./config.js";
import { withExecutionTimeout } from "./request-limits.js";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

const schema = buildSchema("type Query { answer: String }");
/** A gateway over a fixed schema whose executor does what the test says. */
const gatewayWith = (executor: Executor): Gateway => ({
  onSchemaLoadOrUpdate(callback) {
    callback({ apiSchema: schema, coreSupergraphSdl: "" });
    return () => {};
  },
  load: async () => ({ executor }),
  stop: async () => {},
});

let server: ApolloServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function run(executor: Executor, timeoutMs: number) {
  server = new ApolloServer({ gateway: withExecutionTimeout(gatewayWith(executor), timeoutMs) });
  await server.start();
  const response = await server.executeOperation({ query: "{ answer }" });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status, ...response.body.singleResult };
}

describe("withExecutionTimeout", () => {
  it("answers an execution that never ends with TIMEOUT and HTTP 504", async () => {
    const result = await run(() => new Promise(() => {}), 100);

    expect(result.status).toBe(504);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The request took longer than 0.1 seconds and was stopped/),
        extensions: expect.objectContaining({ code: "TIMEOUT", timeoutMs: 100 }),
      }),
    ]);
  });

  it("passes an execution within the deadline through unchanged", async () => {
    const result = await run(async () => ({ data: { answer: "42" } }), 60_000);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ answer: "42" });
  });
});

describe("the gateway's limit settings", () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      parseConfig(gatewaySettings, env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it("default to a 30-second deadline and 1,200 requests a minute per caller", () => {
    expect(parseConfig(gatewaySettings, {})).toMatchObject({
      REQUEST_TIMEOUT_MS: 30_000,
      RATE_LIMIT_MAX: 1_200,
      RATE_LIMIT_WINDOW_MS: 60_000,
      QUERY_MAX_DEPTH: 15,
    });
  });

  it("accept 0 to turn the rate limit off", () => {
    expect(parseConfig(gatewaySettings, { RATE_LIMIT_MAX: "0" }).RATE_LIMIT_MAX).toBe(0);
  });

  it("name every bad limit with its allowed range, the shared query limits included", () => {
    expect(
      problemsOf({
        REQUEST_TIMEOUT_MS: "10",
        RATE_LIMIT_MAX: "many",
        RATE_LIMIT_WINDOW_MS: "-5",
        QUERY_MAX_DEPTH: "1",
      }),
    ).toEqual([
      "QUERY_MAX_DEPTH: must be a whole number from 2 to 100",
      "REQUEST_TIMEOUT_MS: must be a whole number of milliseconds from 100 to 600000",
      "RATE_LIMIT_MAX: must be a whole number of requests from 0 to 1000000",
      "RATE_LIMIT_WINDOW_MS: must be a whole number of milliseconds from 1000 to 86400000",
    ]);
  });

  it("wait 10 seconds for a subgraph, drain 25 seconds on SIGTERM and allow no foreign origin by default", () => {
    expect(parseConfig(gatewaySettings, {})).toMatchObject({
      SUBGRAPH_TIMEOUT_MS: 10_000,
      SHUTDOWN_DELAY_MS: 0,
      SHUTDOWN_TIMEOUT_MS: 25_000,
      CORS_ORIGINS: [],
    });
  });

  it("read CORS_ORIGINS as a list of origins and name a wrong one", () => {
    expect(
      parseConfig(gatewaySettings, { CORS_ORIGINS: "https://a.example/, http://localhost:5173" }).CORS_ORIGINS,
    ).toEqual(["https://a.example", "http://localhost:5173"]);
    expect(
      problemsOf({
        CORS_ORIGINS: "https://a.example,not an origin",
        SUBGRAPH_TIMEOUT_MS: "5",
        SHUTDOWN_DELAY_MS: "-1",
      }),
    ).toEqual([
      "SHUTDOWN_DELAY_MS: must be a whole number from 0 to 120000",
      "SUBGRAPH_TIMEOUT_MS: must be a whole number of milliseconds from 100 to 600000",
      "CORS_ORIGINS.1: must be a comma-separated list of origins such as https://kinderschutz.example",
    ]);
  });
});
