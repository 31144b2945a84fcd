export * from "./generate.js";
export * from "./plan.js";
export * from "./storage.js";
