import { ApolloServer } from "@apollo/server";
import { buildSchema, getIntrospectionQuery } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { apolloLimitOptions, DEFAULT_QUERY_LIMITS, formatLimitError } from "./limits.js";

const schema = buildSchema("type Query { answer: String, nested: Query }");
let server: ApolloServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function ask(query: string, production: boolean, limits = DEFAULT_QUERY_LIMITS) {
  const options = apolloLimitOptions(limits, { production });
  server = new ApolloServer({
    schema,
    ...options,
    formatError: formatLimitError,
    includeStacktraceInErrorResponses: true,
  });
  await server.start();
  const response = await server.executeOperation({ query });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status, errors: response.body.singleResult.errors };
}

describe("the query limits in Apollo Server", () => {
  it("refuse a document with too many tokens before it is parsed whole, naming the limit", async () => {
    const { status, errors } = await ask(`{ ${"answer ".repeat(200)} }`, false, {
      ...DEFAULT_QUERY_LIMITS,
      maxTokens: 100,
    });

    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message:
          "The query document is too long: at most 100 tokens (names, punctuation, values) are allowed. Shorten it or split it.",
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "tokens", max: 100 },
      },
    ]);
  });

  it("refuse too many directives, naming the limit", async () => {
    const { errors } = await ask(`{ answer ${"@include(if: true) ".repeat(3)} }`, false, {
      ...DEFAULT_QUERY_LIMITS,
      maxDirectives: 2,
    });

    expect(errors).toContainEqual(
      expect.objectContaining({ extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "directives", max: 2, found: 3 } }),
    );
  });

  it("keep field suggestions in development and remove them in production", async () => {
    const development = await ask("{ answr }", false);
    expect(development.errors?.[0]?.message).toMatch(/Did you mean "answer"\?/);

    const production = await ask("{ answr }", true);
    expect(production.errors?.[0]?.message).toMatch(/Cannot query field "answr"/);
    expect(production.errors?.[0]?.message).not.toMatch(/answer/);
  });

  it("let a query within every limit through", async () => {
    const { errors } = await ask("{ nested { nested { answer } } }", true);

    expect(errors).toBeUndefined();
  });

  it("let a GraphQL explorer's full introspection query through", async () => {
    const { errors } = await ask(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
      true,
    );

    expect(errors).toBeUndefined();
  });
});
