import { afterAll, beforeAll } from "vitest";
import { commonTokens, type RunningGraph } from "../../support/graph.js";

/**
 * The graph a scenario runs on (SQLite or PostgreSQL, as `start` makes it) with the tokens of the callers most
 * scenarios act as: started before the scenario's tests and the hooks registered after this call, stopped after
 * them.
 */
export function graphUnderTest(start: () => Promise<RunningGraph>): {
  readonly graph: RunningGraph;
  readonly stateOffice: string;
  readonly analyst: string;
  readonly seenplatte: string;
} {
  const running = {} as { graph: RunningGraph; stateOffice: string; analyst: string; seenplatte: string };
  beforeAll(async () => {
    running.graph = await start();
    Object.assign(running, await commonTokens());
  });
  afterAll(() => running.graph?.stop());
  return running;
}
