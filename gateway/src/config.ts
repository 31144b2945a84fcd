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
};

export type GatewayConfig = ReturnType<typeof parseConfig<typeof gatewaySettings>>;

export const loadGatewayConfig = (env = process.env): GatewayConfig => loadConfig(gatewaySettings, env);

export function subgraphUrl(config: GatewayConfig, name: string): string {
  return (config as unknown as Record<string, string>)[urlSetting(name)]!;
}
