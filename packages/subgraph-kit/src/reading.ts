import {
  JsonType,
  ReferenceKind,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type FilterQuery,
  type Platform,
  type QueryOrderMap,
} from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/sql";
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type NamedTypeNode,
  type SelectionNode,
} from "graphql";

/** Which of a GraphQL type's fields a query asks for: the columns behind the others need not be read. */
export interface AskedFields {
  /** Every field of the GraphQL type. */
  published: ReadonlySet<string>;
  /** The fields the query selects. */
  asked: ReadonlySet<string>;
}

/**
 * The fields a resolver's query asks of `type` (by default the type the field returns, e.g. `Membership` for a
 * `memberships` list), through inline fragments and named ones.
 */
export function askedFields(info: GraphQLResolveInfo, type: string = getNamedType(info.returnType).name): AskedFields {
  // Every row of a list resolves its fields with the same `fieldNodes`: work the answer out once per list.
  let byType = askedByFieldNodes.get(info.fieldNodes);
  if (!byType) askedByFieldNodes.set(info.fieldNodes, (byType = new Map()));
  let fields = byType.get(type);
  if (!fields) byType.set(type, (fields = collectAskedFields(info, type)));
  return fields;
}

const askedByFieldNodes = new WeakMap<readonly FieldNode[], Map<string, AskedFields>>();

function collectAskedFields(info: GraphQLResolveInfo, type: string): AskedFields {
  const asked = new Set<string>();
  // A fragment on the type itself or on a union or interface may apply to it (counting too much is harmless).
  const applies = (condition: NamedTypeNode | undefined) =>
    !condition || condition.name.value === type || isAbstractType(info.schema.getType(condition.name.value));
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) asked.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) visit(selection.selectionSet.selections);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition)) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet.selections);
  const objectType = info.schema.getType(type);
  return { published: new Set(isObjectType(objectType) ? Object.keys(objectType.getFields()) : []), asked };
}

/**
 * Rows that are only read (a list, the rows behind a batch of references) need none of what makes MikroORM's
 * entities editable: no identity map, no snapshot for change tracking, no lazy relation proxies. Building them
 * took about two thirds of the time of a 2,000-row `_entities` request (profiled at Germany's size), the rest
 * being the driver reading rows and GraphQL.
 *
 * A read-only row is an object with the entity's prototype (so getters such as `requestedDays` and `instanceof`
 * work) holding the columns of the entity's own table: scalars converted as MikroORM converts them (dates,
 * booleans, JSON), and each many-to-one relation as `{ <primary key>: value }`, enough for `row.parent?.id`.
 * Collections are not loaded. Never hand such a row to `em.persist`, `em.assign` or a flush: load what is to
 * be changed with `em.find`.
 *
 * With `fields`, a column whose property is a published GraphQL field that the query does not ask for is not
 * read (the driver's time grows with the values it hands over); the primary key, relations and columns that
 * GraphQL does not publish (what getters and rules compute from) always are. Reading a column left out throws,
 * so a resolver that depends on one fails loudly instead of computing with nothing.
 */
export async function readRows<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; fields?: AskedFields } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity);
  const { read, prototype } = rowShape(entity, meta, options.fields);
  const query = em.createQueryBuilder(entity).select(read.map((prop) => prop.name) as never);
  const batch = keyBatch(meta, where);
  if (batch) {
    if (batch.values.length === 0) return [];
    // A batch of keys (thousands for a long list) as one plain `IN`: MikroORM's criteria processing spent about
    // as long on 2,000 keys as PostgreSQL took to answer them.
    const column = `${em.getPlatform().quoteIdentifier(query.alias)}.${em.getPlatform().quoteIdentifier(batch.column)}`;
    query.where(`${column} in (${batch.values.map(() => "?").join(", ")})`, batch.values);
    if (Object.keys(batch.rest).length > 0) query.andWhere(batch.rest as never);
  } else {
    query.where(where as never);
  }
  if (options.orderBy) query.orderBy(options.orderBy);
  const rows = (await query.execute("all", true)) as Record<string, unknown>[];
  const platform = em.getPlatform();
  return rows.map((row) => toReadOnly(row, prototype, read, platform));
}

/**
 * `{ <column property>: { $in: [strings or numbers] }, ...rest }`: the key batch of a loader, split from the rest
 * of the condition. Undefined for any other shape, which MikroORM translates as usual.
 */
function keyBatch<T>(
  meta: EntityMetadata<T>,
  where: FilterQuery<T>,
): { column: string; values: (string | number)[]; rest: FilterQuery<T> } | undefined {
  if (!where || typeof where !== "object" || Array.isArray(where)) return undefined;
  for (const [name, condition] of Object.entries(where as Record<string, unknown>)) {
    const prop = (meta.properties as Record<string, EntityProperty | undefined>)[name];
    if (
      !prop ||
      prop.fieldNames?.length !== 1 ||
      !(prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
    )
      continue;
    if (!condition || typeof condition !== "object" || Object.keys(condition).length !== 1) continue;
    const values = (condition as { $in?: unknown }).$in;
    if (!Array.isArray(values) || !values.every((value) => typeof value === "string" || typeof value === "number"))
      continue;
    const { [name]: _batch, ...rest } = where as Record<string, unknown>;
    return { column: prop.fieldNames[0]!, values: values as (string | number)[], rest: rest as FilterQuery<T> };
  }
  return undefined;
}

interface RowShape {
  read: EntityProperty[];
  prototype: object;
}

const shapes = new WeakMap<EntityMetadata, Map<string, RowShape>>();

function rowShape<T>(entity: EntityClass<T>, meta: EntityMetadata<T>, fields: AskedFields | undefined): RowShape {
  const columns = ownColumns(meta);
  const skipped = (prop: EntityProperty) =>
    fields !== undefined &&
    !prop.primary &&
    prop.kind === ReferenceKind.SCALAR &&
    fields.published.has(prop.name) &&
    !fields.asked.has(prop.name);
  const read = columns.filter((prop) => !skipped(prop));
  const name = read.map((prop) => prop.name).join(",");
  let byColumns = shapes.get(meta as EntityMetadata);
  if (!byColumns) shapes.set(meta as EntityMetadata, (byColumns = new Map()));
  let shape = byColumns.get(name);
  if (!shape) {
    shape = { read, prototype: rowPrototype(entity, read, columns.filter(skipped)) };
    byColumns.set(name, shape);
  }
  return shape;
}

/** The properties stored in the entity's own table: scalars, enums and owning to-one keys. */
function ownColumns<T>(meta: EntityMetadata<T>): EntityProperty[] {
  return meta.props.filter(
    (prop) =>
      prop.persist !== false &&
      !prop.formula &&
      (prop.fieldNames?.length ?? 0) > 0 &&
      (prop.kind === ReferenceKind.SCALAR ||
        prop.kind === ReferenceKind.MANY_TO_ONE ||
        (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)),
  ) as EntityProperty[];
}

/**
 * MikroORM puts setters for the columns on the entity's prototype, which turn the first assignment into an
 * entity's bookkeeping. A prototype in between with plain writable slots of the same names makes an assignment
 * create an ordinary property instead; getters and `instanceof` still come from the class. Columns not read get
 * a getter that says so.
 */
function rowPrototype<T>(entity: EntityClass<T>, read: EntityProperty[], notRead: EntityProperty[]): object {
  const slots: Record<string, PropertyDescriptor> = {};
  for (const prop of read) slots[prop.name] = { value: undefined, writable: true, configurable: true };
  for (const prop of notRead) {
    slots[prop.name] = {
      get() {
        throw new Error(
          `${entity.name}.${prop.name} was not read: the query did not ask for it. Read it in full (readRows without fields).`,
        );
      },
      configurable: true,
    };
  }
  return Object.create(entity.prototype as object, slots) as object;
}

function toReadOnly<T extends object>(
  row: Record<string, unknown>,
  prototype: object,
  properties: EntityProperty[],
  platform: Platform,
): T {
  const result = Object.create(prototype) as Record<string, unknown>;
  for (const prop of properties) {
    const value = row[prop.name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
      result[prop.name] = value === null || value === undefined ? value : { [prop.targetMeta!.primaryKeys[0]!]: value };
    } else if (prop.customType instanceof JsonType && typeof value === "string") {
      // SQLite hands JSON columns over as text; PostgreSQL's driver has parsed them already.
      result[prop.name] = prop.customType.convertToJSValue(value, platform);
    } else {
      result[prop.name] = value;
    }
  }
  return result as T;
}
