import { assertVersion, isUuid, NotFoundError, type Caller, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import type { EntityClass, FilterQuery, RequiredEntityData } from "@mikro-orm/core";
import type { Network } from "./network.entity.js";
import type { NetworkPart } from "./network-part.js";
import { assertCanChangeNetwork } from "./networks.rules.js";
import { getNetwork } from "./networks.service.js";

/** Creates a record inside a network, if the caller may change that network. */
export async function createPart<T extends NetworkPart>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  networkId: string,
  data: Omit<RequiredEntityData<T>, "network" | "districtKey">,
  check?: (network: Network) => void,
): Promise<T> {
  const network = await getNetwork(em, networkId);
  assertCanChangeNetwork(caller, network, network);
  check?.(network);
  const part = em.create(entity, { ...data, network, districtKey: network.responsibleDistrictKey } as RequiredEntityData<T>);
  await em.flush();
  return part;
}

/** Loads a record inside a network for a change: it must exist, the caller may change it, the version is current. */
export async function partForChange<T extends NetworkPart>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  id: string,
  version: number | null,
): Promise<T> {
  const part = isUuid(id) ? await em.findOne(entity, { id } as FilterQuery<T>, { populate: ["network"] as never }) : null;
  if (!part) throw new NotFoundError(entity.name, id);
  assertCanChangeNetwork(caller, part.network, part.network);
  if (version !== null) assertVersion(part, version, `This ${entity.name.toLowerCase()}`);
  return part;
}

/** Removes a record that nothing refers to (a priority entered by mistake, a mailing-list entry); audited. */
export async function removePart<T extends NetworkPart>(em: SqlEntityManager, caller: Caller, entity: EntityClass<T>, id: string, version: number): Promise<boolean> {
  const part = await partForChange(em, caller, entity, id, version);
  em.remove(part);
  await em.flush();
  return true;
}
