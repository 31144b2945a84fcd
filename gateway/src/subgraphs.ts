/** The subgraphs of the graph: where their SDL is committed and where they listen by default. */
export const SUBGRAPHS = [{ name: "organisations", defaultUrl: "http://127.0.0.1:4001/graphql" }] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

/** `organisations` → `ORGANISATIONS_URL`: the setting that points the gateway at a subgraph. */
export const urlSetting = (name: string) => `${name.toUpperCase()}_URL`;
