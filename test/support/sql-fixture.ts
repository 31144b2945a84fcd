/**
 * Data of a PostgreSQL database as plain SQL (INSERT statements), and loading such SQL back: what the upgrade
 * fixtures in test/postgres/fixtures are made of (written by scripts/upgrade-fixture.ts, loaded by
 * test/postgres/upgrade.test.ts). Only the tables and columns of a *target* schema are written, with the values
 * read from a *source* database, so the data of a newer schema can be stored as an older one would have held it.
 */
import type pg from "pg";
import { withPgClient } from "./postgres.js";

/** The table MikroORM's migrator keeps its log in: the test migrates itself, the fixture holds data only. */
const MIGRATIONS_TABLE = "mikro_orm_migrations";
const ROWS_PER_STATEMENT = 200;

interface Table {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** Columns referring to rows of the same table: written after all rows are in, so row order does not matter. */
  selfReferences: string[];
  /** Other tables this one refers to: their rows go first. */
  parents: string[];
}

function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  // UTC and ISO dates, so the text of every timestamp is the same whoever makes the fixture.
  return withPgClient({ connectionString: url, options: "-c TimeZone=UTC -c DateStyle=ISO" }, work);
}

async function tablesOf(client: pg.Client): Promise<Table[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `select table_name as "table", column_name as "column" from information_schema.columns
     where table_schema = 'public' and table_name <> $1 order by table_name, ordinal_position`,
    [MIGRATIONS_TABLE],
  );
  const { rows: keys } = await client.query<{ table: string; column: string }>(
    `select c.relname as "table", a.attname as "column" from pg_index i
     join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
     join lateral unnest(i.indkey) with ordinality k(attnum, ord) on true
     join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
     where i.indisprimary and n.nspname = 'public' order by c.relname, k.ord`,
  );
  const { rows: foreign } = await client.query<{ child: string; parent: string; column: string }>(
    `select child.relname as child, parent.relname as parent, a.attname as "column" from pg_constraint f
     join pg_class child on child.oid = f.conrelid join pg_class parent on parent.oid = f.confrelid
     join pg_namespace n on n.oid = child.relnamespace
     join lateral unnest(f.conkey) k(attnum) on true
     join pg_attribute a on a.attrelid = child.oid and a.attnum = k.attnum
     where f.contype = 'f' and n.nspname = 'public'`,
  );
  const tables = new Map<string, Table>();
  for (const { table, column } of columns) {
    const entry = tables.get(table) ?? { name: table, columns: [], primaryKey: [], selfReferences: [], parents: [] };
    entry.columns.push(column);
    tables.set(table, entry);
  }
  for (const { table, column } of keys) tables.get(table)?.primaryKey.push(column);
  for (const { child, parent, column } of foreign) {
    const table = tables.get(child)!;
    if (child === parent) table.selfReferences.push(column);
    else if (!table.parents.includes(parent)) table.parents.push(parent);
  }
  return [...tables.values()];
}

/** Tables ordered so that each comes after the tables it refers to (alphabetical where that leaves a choice). */
function parentsFirst(tables: Table[]): Table[] {
  const ordered: Table[] = [];
  const done = new Set<string>();
  const pending = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (pending.length > 0) {
    const next = pending.findIndex((t) => t.parents.every((p) => done.has(p)));
    if (next < 0)
      throw new Error(
        `The tables ${pending.map((t) => t.name).join(", ")} refer to each other in a circle: no insert order exists.`,
      );
    const [table] = pending.splice(next, 1);
    ordered.push(table!);
    done.add(table!.name);
  }
  return ordered;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The rows of `source` as INSERT statements for the tables and columns that `target` has (its schema, not its
 * rows, counts). Values are written as quoted text literals, which PostgreSQL casts to each column's type.
 */
export async function dataAsInserts(sourceUrl: string, targetUrl: string): Promise<string> {
  const target = parentsFirst(await withClient(targetUrl, tablesOf));
  return withClient(sourceUrl, async (client) => {
    const source = new Map((await tablesOf(client)).map((t) => [t.name, t] as const));
    const out: string[] = [];
    const updates: string[] = [];
    for (const table of target) {
      const missing = table.columns.filter((c) => !source.get(table.name)?.columns.includes(c));
      if (missing.length)
        throw new Error(
          `${table.name}: the source database has no ${missing.join(", ")}; map the renamed or dropped columns by hand.`,
        );
      if (table.primaryKey.length === 0)
        throw new Error(`${table.name} has no primary key: its rows cannot be written in a stable order.`);
      const literal = (c: string) => (table.selfReferences.includes(c) ? "'NULL'" : `quote_nullable(${ident(c)})`);
      const order = table.primaryKey.map(ident).join(", ");
      const { rows } = await client.query<{ row: string }>(
        `select concat_ws(', ', ${table.columns.map(literal).join(", ")}) as row from ${ident(table.name)} order by ${order}`,
      );
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => `  (${r.row})`);
        out.push(
          `insert into ${ident(table.name)} (${table.columns.map(ident).join(", ")}) values\n${chunk.join(",\n")};`,
        );
      }
      for (const column of table.selfReferences) {
        const key = table.primaryKey.map((k) => `${ident(k)} = ' || quote_literal(${ident(k)}) || '`).join(" and ");
        const { rows: references } = await client.query<{ sql: string }>(
          `select 'update ${ident(table.name)} set ${ident(column)} = ' || quote_literal(${ident(column)}) || ' where ${key};' as sql
           from ${ident(table.name)} where ${ident(column)} is not null order by ${order}`,
        );
        updates.push(...references.map((r) => r.sql));
      }
    }
    return [...out, ...updates].join("\n") + "\n";
  });
}

/** Runs SQL text (several statements) on one connection; a failure names the database. */
export async function runSql(url: string, sql: string): Promise<void> {
  await withClient(url, async (client) => {
    try {
      await client.query(sql);
    } catch (error) {
      throw new Error(`SQL on ${new URL(url).pathname.slice(1)} failed: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** Rows per table (without the migrator's log), to compare two databases. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of await tablesOf(client)) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${ident(table.name)}`);
      counts[table.name] = Number(rows[0]!.n);
    }
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  });
}

/** One query's rows on a database of its own connection (for checks in tests and scripts). */
export async function queryRows<T extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, params)).rows);
}

/** The migration a fixture's data belongs to: its `-- migration: <name>` line. */
export function fixtureMigration(sql: string): string {
  const name = /^-- migration: (\S+)$/m.exec(sql)?.[1];
  if (!name) throw new Error("The fixture names no migration: its header needs a line `-- migration: <name>`.");
  return name;
}

/** A digest of every table's rows (without the migrator's log): equal digests, equal data. */
export async function tableDigests(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const digests: Record<string, string> = {};
    for (const table of (await tablesOf(client)).sort((a, b) => a.name.localeCompare(b.name))) {
      const { rows } = await client.query<{ digest: string }>(
        `select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest from ${ident(table.name)} t`,
      );
      digests[table.name] = rows[0]!.digest;
    }
    return digests;
  });
}
