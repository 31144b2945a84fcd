import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlEntityManager } from "@mikro-orm/sql";
import DataLoader from "dataloader";
import type { Caller } from "./caller.js";
import type { Peers } from "./peers.js";

/** What a resolver gets: the verified caller and a database session of its own. */
export interface Context {
  caller: Caller;
  em: SqlEntityManager;
  requestId: string;
  /** The other subgraphs, asked with this request's token about records they own (see `SubgraphDefinition.peers`). */
  peers: Peers;
  /** One DataLoader per key for the lifetime of the request (batched entity references). */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error | null)[]>): DataLoader<K, V | null>;
}

/**
 * Who is changing data right now. Kept in async-local storage because MikroORM flushes in forked entity
 * managers that carry nothing of the request, and the audit trail must know the actor at flush time.
 */
export interface Actor {
  caller?: Caller;
  /** The demo seeder writes a baseline, not changes: it is not audited. */
  audit: boolean;
  reason?: string;
  /** The request's id, kept with each audit entry so a change can be matched with the request's log lines. */
  requestId?: string;
}

export const actorStorage = new AsyncLocalStorage<Actor>();

export function createLoaderCache(): Context["loader"] {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return <K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error | null)[]>) => {
    let loader = loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V | null>(
        batch as (keys: readonly K[]) => Promise<(V | null | Error)[]>,
      ) as DataLoader<unknown, unknown>;
      loaders.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  };
}

/** Runs `work` with a reason attached to every audit entry it writes (e.g. why a budget changed). */
export function withAuditReason<T>(reason: string, work: () => Promise<T>): Promise<T> {
  const current = actorStorage.getStore();
  return actorStorage.run({ audit: true, ...current, reason }, work);
}
