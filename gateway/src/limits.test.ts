import { readFileSync } from "node:fs";
import { apolloLimitOptions, DEFAULT_QUERY_LIMITS, type QueryLimitKind } from "@kinderschutz/subgraph-kit/limits";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";

const schema = buildSchema(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"));
// Every operation of the admin interface, with its fragments, as graphql-codegen wrote them.
const generated = readFileSync(new URL("../../admin-ui/src/lib/graphql/generated/graphql.ts", import.meta.url), "utf8");
const operations = [...generated.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g)].map(
  ([, name, text]) => ({ name: name!, text: text! }),
);

/** What each limit finds in `text`: validated with every limit at its lowest, each rule reports its count. */
function measure(text: string): Partial<Record<QueryLimitKind, number>> {
  const zero = { maxDepth: 0, maxAliases: 0, maxTokens: 100_000, maxDirectives: 0, maxCost: 0, maxBodyBytes: 0 };
  const { validationRules } = apolloLimitOptions(zero, { production: true });
  const found: Partial<Record<QueryLimitKind, number>> = {};
  for (const error of validate(schema, parse(text), validationRules!)) {
    const { limit, found: n } = error.extensions as { limit?: QueryLimitKind; found?: number };
    if (limit && n !== undefined) found[limit] = Math.max(found[limit] ?? 0, n);
  }
  return found;
}

describe("the default query limits", () => {
  it("find every operation of the admin interface", () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["StatewideOverview", "NetworkDetail", "NetworkMeeting", "OrganisationsHistory"]),
    );
  });

  it("leave every operation of the admin interface well within each limit (at most half of it)", () => {
    const tooClose = operations.flatMap(({ name, text }) => {
      const found = measure(text);
      const checks: [QueryLimitKind, number, number][] = [
        ["depth", found.depth ?? 0, DEFAULT_QUERY_LIMITS.maxDepth],
        ["aliases", found.aliases ?? 0, DEFAULT_QUERY_LIMITS.maxAliases],
        ["cost", found.cost ?? 0, DEFAULT_QUERY_LIMITS.maxCost],
        ["directives", found.directives ?? 0, DEFAULT_QUERY_LIMITS.maxDirectives],
      ];
      const problems = checks
        .filter(([, n, max]) => n > max / 2)
        .map(([kind, n, max]) => `${name}: ${kind} ${n} of ${max}`);
      try {
        parse(text, { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens / 2 });
      } catch {
        problems.push(`${name}: more than half of ${DEFAULT_QUERY_LIMITS.maxTokens} tokens`);
      }
      return problems;
    });
    expect(tooClose).toEqual([]);
  });
});
