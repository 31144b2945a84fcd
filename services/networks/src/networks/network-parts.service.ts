import {
  assertMayChange,
  assertVersion,
  fields,
  getById,
  parseInput,
  peekInput,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { EntityClass, RequiredEntityData } from "@mikro-orm/core";
import { z } from "zod";
import { Network } from "./network.entity.js";
import type { NetworkPart } from "./network-part.entity.js";
import { assertCanChangeNetwork } from "./networks.rules.js";

const inNetwork = z.object({ networkId: fields.id("network") });

/**
 * The first step of adding a record to a network, before its input is parsed: the caller's role, then the
 * network named in the input (`networkId`) and the caller's right to change it. A caller who may not learns
 * nothing about the rest of the input's rules.
 */
export async function assertCanAddToNetwork(em: SqlEntityManager, caller: Caller, input: unknown): Promise<void> {
  assertMayChange(caller);
  const named = peekInput(inNetwork, input);
  if (!named) return;
  const network = await getById(em, Network, named.networkId);
  assertCanChangeNetwork(caller, network, network);
}

/**
 * Creates a record inside a network, if the caller may change that network. (Checked again here for any caller
 * that skipped {@link assertCanAddToNetwork}; after it, the network comes from the identity map without a query.)
 */
export async function createPart<T extends NetworkPart>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  networkId: string,
  data: Omit<RequiredEntityData<T>, "network" | "districtKey">,
  check?: (network: Network) => void,
): Promise<T> {
  const network = await getById(em, Network, networkId);
  assertCanChangeNetwork(caller, network, network);
  check?.(network);
  const part = em.create(entity, {
    ...data,
    network,
    districtKey: network.responsibleDistrictKey,
  } as RequiredEntityData<T>);
  await em.flush();
  return part;
}

/**
 * Loads a record inside a network for a change: the caller's role may change anything, the record exists, and the
 * caller may change it.
 */
async function partForChange<T extends NetworkPart>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  id: string,
): Promise<T> {
  assertMayChange(caller);
  const part = await getById(em, entity, id, { populate: ["network"] });
  assertCanChangeNetwork(caller, part.network, part.network);
  return part;
}

/**
 * A record inside a network and the edit to it, checked in the order every edit keeps: the caller's rights on
 * the record, then the input, then the version (see {@link partForChange}).
 */
export async function partToEdit<T extends NetworkPart, S extends z.ZodType>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  id: string,
  version: number,
  edit: S,
  input: unknown,
): Promise<[T, z.infer<S>]> {
  const part = await partForChange(em, caller, entity, id);
  const data = parseInput(edit, input);
  assertPartVersion(part, version);
  return [part, data];
}

/** An edit names the version it was based on (see `assertVersion`). */
function assertPartVersion(part: NetworkPart, version: number): void {
  assertVersion(part, version, `This ${part.constructor.name.toLowerCase()}`);
}

/** Removes a record that nothing refers to (a priority entered by mistake, a mailing-list entry); audited. */
export async function removePart<T extends NetworkPart>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  id: string,
  version: number,
): Promise<boolean> {
  const part = await partForChange(em, caller, entity, id);
  assertPartVersion(part, version);
  em.remove(part);
  await em.flush();
  return true;
}
