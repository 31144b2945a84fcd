import type { EntityClass, FilterQuery } from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/sql";
import { NotFoundError } from "./errors.js";
import { isUuid } from "./validation.js";

/**
 * The record with this id, or null. An id that cannot be one of ours is not found without a query: the caller
 * learns the same as for an unknown UUID, and PostgreSQL is never handed a malformed one.
 */
export async function findById<T extends { id: string }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: string,
  options: { populate?: string[] } = {},
): Promise<T | null> {
  if (!isUuid(id)) return null;
  return em.findOne(entity, { id } as FilterQuery<T>, { populate: options.populate as never });
}

/** The record with this id, or NOT_FOUND naming its type (the entity's class name). */
export async function getById<T extends { id: string }>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  id: string,
  options: { populate?: string[] } = {},
): Promise<T> {
  const record = await findById(em, entity, id, options);
  if (!record) throw new NotFoundError(entity.name, id);
  return record;
}
