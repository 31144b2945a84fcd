import {
  assertMayChange,
  assertVersion,
  BadUserInputError,
  containsText,
  fields,
  getById,
  paginate,
  parseInput,
  peekInput,
  type Caller,
  type Peers,
  type Page,
  type PageArgs,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { z } from "zod";
import { checkNetworkReferences, checkNetworkRegion } from "./network-references.service.js";
import { assertLinkedNetworks } from "./network-references.rules.js";
import { Network } from "./network.entity.js";
import { handOverParts } from "./network-hand-over.js";
import { NetworkKind, NetworkStatus } from "./network.enums.js";
import { assertCanChangeNetwork, assertCanEnd, assertNoCycle, type NetworkEnd } from "./networks.rules.js";

const networkFields = {
  name: fields.name(),
  kind: z.enum(NetworkKind),
  regionKey: fields.regionKey(),
  responsibleDistrictKey: fields.regionKey().nullish(),
  responsibleOfficeId: fields.id("youth office").nullish(),
  coordinatorContactId: fields.id("contact").nullish(),
  foundedOn: fields.isoDate().nullish(),
  parentId: fields.id("network").nullish(),
  extendsIds: z.array(fields.id("network")).max(20).optional(),
  plenaryMeetingsPerYear: z.number().int().min(0).max(52, { message: "at most 52 a year" }).nullish(),
  description: fields.optionalMultilineText(2000),
};

export const networkInput = z.object(networkFields);
/** The district that is to keep a network (a new one, or one handed over) decides who may: read before the rest of the input. */
const keeper = z.object({ responsibleDistrictKey: networkFields.responsibleDistrictKey });
export const networkUpdate = z.object(networkFields).partial();
export const networkEnd = z.discriminatedUnion("status", [
  z.object({ status: z.literal(NetworkStatus.DISSOLVED), endedOn: fields.isoDate() }),
  z.object({ status: z.literal(NetworkStatus.MERGED), endedOn: fields.isoDate(), successorId: fields.id("network") }),
]);

export interface NetworkFilter {
  kind?: NetworkKind;
  /** Networks covering this region or whose responsible youth office is that district's. */
  regionKey?: string;
  responsibleOfficeId?: string;
  status?: NetworkStatus;
  search?: string;
  /** Only these networks (at most 100). */
  ids?: string[] | null;
}

export function networkWhere(em: SqlEntityManager, filter: NetworkFilter): FilterQuery<Network> {
  const where: FilterQuery<Network>[] = [];
  if (filter.ids) where.push({ id: { $in: parseInput(fields.ids("network"), filter.ids, "filter.ids") } });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.status) where.push({ status: filter.status });
  if (filter.responsibleOfficeId)
    where.push({
      responsibleOfficeId: parseInput(
        fields.id("youth office"),
        filter.responsibleOfficeId,
        "filter.responsibleOfficeId",
      ),
    });
  if (filter.regionKey)
    where.push({ $or: [{ regionKey: filter.regionKey }, { responsibleDistrictKey: filter.regionKey }] });
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 100)
      throw new BadUserInputError("The search text is too long (at most 100 characters).", [
        { field: "filter.search", message: "at most 100 characters", reason: "TOO_LONG", max: 100 },
      ]);
    where.push(containsText(em, "name", search) as FilterQuery<Network>);
  }
  return { $and: where };
}

export function listNetworks(em: SqlEntityManager, filter: NetworkFilter, page: PageArgs): Promise<Page<Network>> {
  return paginate(em, Network, networkWhere(em, filter), page, "name");
}

async function networksById(em: SqlEntityManager, ids: string[], field: string): Promise<Network[]> {
  const found = await em.find(Network, { id: { $in: ids } });
  const missing = ids.filter((id) => !found.some((n) => n.id === id));
  if (missing.length)
    throw new BadUserInputError(`Unknown networks: ${missing.join(", ")}.`, [
      { field, message: "unknown network", reason: "UNKNOWN_REFERENCE" },
    ]);
  return found;
}

/** The chain of umbrella networks above `parentId` (ids), to refuse cycles. */
async function ancestorsOf(em: SqlEntityManager, parentId: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | undefined = parentId;
  while (current && chain.length < 50 && !chain.includes(current)) {
    chain.push(current);
    const row: { parent?: { id: string } } | null = await em.findOne(Network, { id: current }, { fields: ["parent"] });
    current = row?.parent?.id;
  }
  return chain;
}

async function applyRelations(
  em: SqlEntityManager,
  caller: Caller,
  network: Network,
  data: z.infer<typeof networkUpdate>,
): Promise<void> {
  if (data.parentId !== undefined) {
    if (data.parentId) {
      const [parent] = await networksById(em, [data.parentId], "input.parentId");
      assertLinkedNetworks(caller, [parent!], "input.parentId");
      assertNoCycle(network.id, await ancestorsOf(em, parent!.id));
      network.parent = parent;
    } else {
      network.parent = undefined;
    }
  }
  if (data.extendsIds !== undefined) {
    if (data.extendsIds.includes(network.id)) {
      throw new BadUserInputError("A network cannot extend itself.", [
        { field: "input.extendsIds", message: "contains the network itself", reason: "SELF_REFERENCE" },
      ]);
    }
    const extended = await networksById(em, data.extendsIds, "input.extendsIds");
    assertLinkedNetworks(caller, extended, "input.extendsIds");
    // A network being created has its collections from the start (and is not managed yet: init would throw).
    if (!network.extends.isInitialized()) await network.extends.init();
    network.extends.set(extended);
  }
}

export async function createNetwork(
  em: SqlEntityManager,
  caller: Caller,
  input: unknown,
  peers: Peers,
): Promise<Network> {
  assertMayChange(caller);
  const keeping = peekInput(keeper, input);
  if (keeping) assertCanChangeNetwork(caller, keeping);
  const data = parseInput(networkInput, input);
  assertCanChangeNetwork(caller, { name: data.name, responsibleDistrictKey: data.responsibleDistrictKey });
  await checkNetworkReferences(peers, caller, data);
  await checkNetworkRegion(peers, data.regionKey);
  const network = em.create(Network, {
    name: data.name,
    kind: data.kind,
    regionKey: data.regionKey,
    responsibleDistrictKey: data.responsibleDistrictKey ?? undefined,
    responsibleOfficeId: data.responsibleOfficeId ?? undefined,
    coordinatorContactId: data.coordinatorContactId ?? undefined,
    foundedOn: data.foundedOn ?? undefined,
    plenaryMeetingsPerYear: data.plenaryMeetingsPerYear ?? undefined,
    description: data.description ?? undefined,
  });
  await applyRelations(em, caller, network, data);
  await em.flush();
  return network;
}

const SIMPLE_FIELDS = [
  "name",
  "kind",
  "regionKey",
  "responsibleOfficeId",
  "coordinatorContactId",
  "foundedOn",
  "plenaryMeetingsPerYear",
  "description",
] as const;

/** One transaction: a network handed to another district takes all its records along, or nothing changes. */
export function updateNetwork(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
  peers: Peers,
): Promise<Network> {
  assertMayChange(caller);
  return em.transactional(async (em) => {
    const network = await getById(em, Network, id);
    // The network as it stands, and the district the input would hand it to, decide before the rest of the input.
    const handedTo = peekInput(keeper, input)?.responsibleDistrictKey;
    assertCanChangeNetwork(
      caller,
      handedTo === undefined ? network : { name: network.name, responsibleDistrictKey: handedTo },
      network,
    );
    const data = parseInput(networkUpdate, input);
    const responsibleDistrictKey =
      data.responsibleDistrictKey === undefined ? network.responsibleDistrictKey : data.responsibleDistrictKey;
    assertCanChangeNetwork(caller, { name: data.name ?? network.name, responsibleDistrictKey }, network);
    assertVersion(network, version, `Network '${network.name}'`);
    // What was set before stays (the state office may have set it): only a reference changed now is checked.
    await checkNetworkReferences(peers, caller, {
      responsibleOfficeId:
        data.responsibleOfficeId !== network.responsibleOfficeId ? data.responsibleOfficeId : undefined,
      coordinatorContactId:
        data.coordinatorContactId !== network.coordinatorContactId ? data.coordinatorContactId : undefined,
    });
    if (data.regionKey !== network.regionKey) await checkNetworkRegion(peers, data.regionKey);
    for (const field of SIMPLE_FIELDS) {
      if (data[field] !== undefined) (network as unknown as Record<string, unknown>)[field] = data[field] ?? undefined;
    }
    await applyRelations(em, caller, network, data);
    if (responsibleDistrictKey !== network.responsibleDistrictKey) {
      network.responsibleDistrictKey = responsibleDistrictKey ?? undefined;
      await handOverParts(em, network);
    }
    return network;
  });
}

/** Dissolves a network or merges it into a successor; everything recorded about it stays readable. */
export async function endNetwork(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Network> {
  assertMayChange(caller);
  const network = await getById(em, Network, id);
  assertCanChangeNetwork(caller, network, network);
  const end = parseInput(networkEnd, input) as NetworkEnd;
  assertVersion(network, version, `Network '${network.name}'`);
  assertCanEnd(network, end);
  network.status = end.status;
  network.endedOn = end.endedOn;
  if (end.status === NetworkStatus.MERGED) {
    const [successor] = await networksById(em, [end.successorId], "input.successorId");
    network.successor = successor;
  }
  await em.flush();
  return network;
}
