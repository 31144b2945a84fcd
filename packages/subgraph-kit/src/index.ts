import "reflect-metadata";

export * from "./audit/audit-entry.entity.js";
export * from "./audit/audit.resolver.js";
export type { FollowsOwnerRecord } from "./audit/ownership.js";
export * from "./audit/redaction.js";
// The fields the trail leaves out: the generator writes creation entries as the subscriber would.
export { UNAUDITED_FIELDS } from "./audit/audit.subscriber.js";
export * from "./backup.js";
export * from "./caller.js";
export * from "./config.js";
export * from "./context.js";
export * from "./enums.js";
export * from "./database.js";
export * from "./errors.js";
export * from "./http.js";
export * from "./ids.js";
export * from "./loading.js";
export * from "./pagination.js";
export * from "./peers.js";
export * from "./random.js";
export * from "./reading.js";
export * from "./rules.js";
export * from "./schema.js";
export * from "./search.js";
export * from "./server.js";
export * from "./validation.js";
export * from "./versioned.js";
