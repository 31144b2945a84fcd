import type { SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { ReferenceKind, type EntityClass, type EntityMetadata } from "@mikro-orm/core";
import type { Network } from "./network.entity.js";
import { NetworkPart } from "./network-part.entity.js";

const isPart = (meta: EntityMetadata): boolean => !meta.abstract && meta.class?.prototype instanceof NetworkPart;

/**
 * Copies the network's responsible district onto every record inside it, so that the youth office now
 * responsible may edit them and read their personal data. Their change history needs nothing here: it follows
 * the network's (`ownerRecordId`), which the audit trail hands over when the network's own change is flushed.
 *
 * The records are found in the ORM's metadata rather than named, so that the ground floor knows no area and a new
 * area's records go along without a change here: every record inside a network is a {@link NetworkPart}, and a
 * record inside one of those (a working group's members, a meeting's agenda and attendance) keeps a district of its
 * own and points to its part.
 */
export async function handOverParts(em: SqlEntityManager, network: Network): Promise<void> {
  const districtKey = network.responsibleDistrictKey ?? null;
  const entities = [...em.getMetadata().getAll().values()];
  for (const meta of entities.filter(isPart)) {
    await em.nativeUpdate(meta.class as EntityClass<NetworkPart>, { network: network.id }, { districtKey } as never);
  }
  for (const meta of entities) {
    if (isPart(meta) || !meta.properties.districtKey) continue;
    for (const relation of meta.relations) {
      if (relation.kind !== ReferenceKind.MANY_TO_ONE || !relation.targetMeta || !isPart(relation.targetMeta)) continue;
      const parts = await em.find(
        relation.targetMeta.class as EntityClass<NetworkPart>,
        { network: network.id },
        { fields: ["id"] },
      );
      await em.nativeUpdate(
        meta.class as EntityClass<object>,
        { [relation.name]: { $in: parts.map((p) => p.id) } } as never,
        { districtKey } as never,
      );
    }
  }
}
