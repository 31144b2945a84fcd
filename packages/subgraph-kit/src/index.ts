import "reflect-metadata";

export * from "./audit/audit-entry.entity.js";
export * from "./audit/audit.resolver.js";
export * from "./caller.js";
export * from "./config.js";
export * from "./context.js";
export * from "./database.js";
export * from "./errors.js";
export * from "./ids.js";
export * from "./loading.js";
export * from "./pagination.js";
export * from "./random.js";
export * from "./rules.js";
export * from "./schema.js";
export * from "./search.js";
export * from "./server.js";
export * from "./validation.js";
export * from "./versioned.js";
