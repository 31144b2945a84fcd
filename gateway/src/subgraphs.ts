// The list lives in the kit: the subgraphs that ask each other (peers) read it too.
export { SUBGRAPHS, urlSetting, type SubgraphName } from "@kinderschutz/subgraph-kit/auth";
