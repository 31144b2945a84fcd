import { Reference, Utils, wrap, type EntityClass, type FilterQuery } from "@mikro-orm/core";
import type { Context } from "./context.js";
import { readRows } from "./reading.js";

/**
 * Loads the one record whose `field` equals `key`, batched with every other call for the same entity and field
 * in this request: a list of 500 rows asking for their region costs one query, not 500. Resolvers only read
 * what they load here, so it comes as read-only rows ({@link readRows}), not as tracked entities.
 */
export function loadOne<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  field: keyof T & string,
  key: string | null | undefined,
): Promise<T | null> {
  if (key === null || key === undefined) return Promise.resolve(null);
  return ctx
    .loader<string, T>(`one:${entity.name}.${field}`, async (keys) => {
      const rows = await readRows(ctx.em, entity, { [field]: { $in: keys } } as FilterQuery<T>);
      const byKey = new Map(rows.map((row) => [keyOf(row, field), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    })
    .load(key);
}

/** Loads every record whose `field` (usually a foreign key) equals `key`, batched like {@link loadOne}. */
export async function loadMany<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  field: keyof T & string,
  key: string,
  options: { where?: FilterQuery<T>; orderBy?: Partial<Record<keyof T & string, "asc" | "desc">> } = {},
): Promise<T[]> {
  const loader = ctx.loader<string, T[]>(`many:${entity.name}.${field}:${JSON.stringify(options)}`, async (keys) => {
    const extra = (options.where ?? {}) as Record<string, unknown>;
    const where = field in extra ? { $and: [{ [field]: { $in: keys } }, extra] } : { ...extra, [field]: { $in: keys } };
    const rows = await readRows(ctx.em, entity, where as FilterQuery<T>, {
      orderBy: options.orderBy as never,
    });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(keyOf(row, field))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
  return (await loader.load(key)) ?? [];
}

/**
 * The key of a plain value or of a relation: an entity's primary key, or the one key of a read-only row's
 * `{ id: … }` relation.
 */
function keyOf<T extends object>(row: T, field: keyof T & string): string {
  const value = Reference.unwrapReference(row[field] as object) as unknown;
  if (Utils.isEntity(value)) return wrap(value, true).getSerializedPrimaryKey();
  if (value && typeof value === "object") return String(Object.values(value)[0]);
  return String(value);
}
