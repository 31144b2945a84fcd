// The light part of the kit (no ORM, no GraphQL): settings and tokens, for the gateway and the token script.
export * from "./caller.js";
export * from "./config.js";
export * from "./errors.js";
