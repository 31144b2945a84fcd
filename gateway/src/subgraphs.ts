/**
 * The subgraphs of the graph, in one list that the gateway, the start script, the schema script and the tests
 * read: each one's folder under services/ and where it listens by default.
 */
export const SUBGRAPHS = [
  { name: "organisations", defaultUrl: "http://127.0.0.1:4001/graphql" },
  { name: "networks", defaultUrl: "http://127.0.0.1:4002/graphql" },
  { name: "budgets", defaultUrl: "http://127.0.0.1:4003/graphql" },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

/** `organisations` → `ORGANISATIONS_URL`: the setting that points the gateway at a subgraph. */
export const urlSetting = (name: string) => `${name.toUpperCase()}_URL`;
