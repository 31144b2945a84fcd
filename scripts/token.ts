// `pnpm --silent token state-office | youth-office <district key> | analyst`: prints a development token that
// the running demo graph accepts. Refuses when an OIDC provider is configured: then tokens come from there.
import { baseSettings, issueDevToken, parseConfig, ConfigError, type Role } from "@kinderschutz/subgraph-kit/auth";

const ROLE_ARGUMENTS: Record<string, Role> = {
  "state-office": "STATE_OFFICE",
  "youth-office": "YOUTH_OFFICE",
  analyst: "ANALYST",
};
const usage = "usage: pnpm --silent token state-office | youth-office <district key, e.g. 13071> | analyst";

const [roleArgument, district] = process.argv.slice(2);
const role = ROLE_ARGUMENTS[roleArgument ?? ""];
if (!role) {
  console.error(usage);
  process.exit(2);
}
if (role === "YOUTH_OFFICE" && !/^\d{5}$/.test(district ?? "")) {
  console.error(`A youth-office token needs the key of its district, e.g. 13071.\n${usage}`);
  process.exit(2);
}
try {
  const config = parseConfig(baseSettings);
  if (config.auth.mode !== "dev") {
    console.error("Development tokens are disabled: AUTH_JWKS_URL names an OIDC provider; get a token from it.");
    process.exit(1);
  }
  console.log(await issueDevToken(config.auth, { role, district }));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
