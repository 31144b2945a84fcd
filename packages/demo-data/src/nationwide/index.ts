export * from "./generate.js";
export * from "./plan.js";
