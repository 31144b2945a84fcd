import { Reference, Utils, wrap, type EntityClass, type FilterQuery } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "./context.js";
import { askedFields, readRows, type AskedFields } from "./reading.js";

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

/**
 * Loads every record whose `field` (usually a foreign key) equals `key`, batched like {@link loadOne}.
 *
 * With the resolver's `info`, only the columns the query asks for are read ({@link readRows} with fields): a
 * statewide overview asks for thousands of memberships by id alone, and each column left out is a value fewer
 * for the driver to hand over and for the collector to clear. Rules that filter rows belong in `where` then,
 * since a published field the query does not ask for is not there to filter on.
 */
export async function loadMany<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  field: keyof T & string,
  key: string,
  options: {
    where?: FilterQuery<T>;
    orderBy?: Partial<Record<keyof T & string, "asc" | "desc">>;
    info?: GraphQLResolveInfo;
  } = {},
): Promise<T[]> {
  const { info, ...query } = options;
  const fields = info && askedFields(info);
  // Calls asking for other fields (an alias with another selection) need other columns: a loader of their own.
  const asked = fields ? `:${askedKey(fields)}` : "";
  const loader = ctx.loader<string, T[]>(
    `many:${entity.name}.${field}:${JSON.stringify(query)}${asked}`,
    async (keys) => {
      const extra = (query.where ?? {}) as Record<string, unknown>;
      const where =
        field in extra ? { $and: [{ [field]: { $in: keys } }, extra] } : { ...extra, [field]: { $in: keys } };
      const rows = await readRows(ctx.em, entity, where as FilterQuery<T>, { orderBy: query.orderBy as never, fields });
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(keyOf(row, field))?.push(row);
      return keys.map((k) => groups.get(k)!);
    },
  );
  return (await loader.load(key)) ?? [];
}

const askedKeys = new WeakMap<AskedFields, string>();

function askedKey(fields: AskedFields): string {
  let key = askedKeys.get(fields);
  if (key === undefined) askedKeys.set(fields, (key = [...fields.asked].sort().join(",")));
  return key;
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
