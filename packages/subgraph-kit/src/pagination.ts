import "reflect-metadata";
import type { EntityManager, EntityName, FilterQuery } from "@mikro-orm/core";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { BadUserInputError } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType({ description: "Where a page of a list stands." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page; null on an empty page." })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  after?: string;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: T[];
}

/**
 * A `XConnection` type with `totalCount`, `pageInfo` and `nodes`. `shareable` for a connection type that
 * several subgraphs define alike (the kit's own types).
 */
export function Connection<T extends object>(nodeType: ClassType<T>, typeName = nodeType.name, shareable = false) {
  @ObjectType(`${typeName}Connection`, { description: `A page of ${typeName} records.` })
  abstract class ConnectionType implements Page<T> {
    @Field(() => Int, { description: "How many records match, over all pages." })
    totalCount!: number;

    @Field(() => PageInfo, { description: "Whether more pages follow and the cursor to ask for the next one." })
    pageInfo!: PageInfo;

    @Field(() => [nodeType], { description: "The records of this page, in the list's order." })
    nodes!: T[];
  }
  if (shareable) Directive("@shareable")(ConnectionType);
  return ConnectionType;
}

type CursorValue = string | number | boolean | null | { date: string };
type Cursor = [value: CursorValue, id: string];

function encodeCursor(value: unknown, id: string): string {
  const encoded: CursorValue = value instanceof Date ? { date: value.toISOString() } : ((value ?? null) as CursorValue);
  return Buffer.from(JSON.stringify([encoded, id])).toString("base64url");
}

function cursorValue(value: CursorValue): unknown {
  return value !== null && typeof value === "object" ? new Date(value.date) : value;
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === "string") return value as Cursor;
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError("The cursor in 'after' is not one this API returned: use a page's endCursor.", [
    { field: "after", message: "unknown cursor", reason: "INVALID_FORMAT" },
  ]);
}

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`'first' must be between 1 and ${MAX_PAGE_SIZE}.`, [
      {
        field: "first",
        message: `between 1 and ${MAX_PAGE_SIZE}`,
        reason: size < 1 ? "TOO_SMALL" : "TOO_LARGE",
        ...(size < 1 ? { min: 1 } : { max: MAX_PAGE_SIZE }),
      },
    ]);
  }
  return size;
}

/**
 * Keyset pagination ordered by one column and then `id`: each page is one indexed range query however deep
 * the reader pages, and rows inserted meanwhile do not shift the pages.
 *
 * `where` may be a function that builds the condition: the page and the count each get their own, as a
 * condition with raw SQL fragments (`raw()` keys) can be used by MikroORM only once.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T> | (() => FilterQuery<T>),
  args: PageArgs,
  orderBy: keyof T & string,
  populate: string[] = [],
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  let range: FilterQuery<T> = {} as FilterQuery<T>;
  if (args.after) {
    const [encoded, id] = decodeCursor(args.after);
    const value = cursorValue(encoded);
    range = { $or: [{ [orderBy]: { $gt: value } }, { [orderBy]: value, id: { $gt: id } }] } as FilterQuery<T>;
  }
  const condition = typeof where === "function" ? where : () => where;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: [condition(), range] } as FilterQuery<T>, {
      orderBy: { [orderBy]: "asc", id: "asc" } as never,
      limit: limit + 1,
      populate: populate as never,
    }),
    em.count(entity, condition()),
  ]);
  const nodes = rows.slice(0, limit);
  const last = nodes.at(-1);
  return {
    totalCount,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor((last as Record<string, unknown>)[orderBy], last.id) : null,
    },
  };
}
