import { readFileSync } from "node:fs";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

/**
 * The public schema as clients last received it (`pnpm schema:publish` writes it at a release). Analysts' saved
 * queries and the admin interface rely on it, so a change that breaks it must be announced first.
 */
export const PUBLISHED_SCHEMA_FILE = new URL("../published-schema.graphql", import.meta.url);

/** Breaking changes announced to the graph's users, each naming the schema path it breaks. */
export const ANNOUNCEMENTS_FILE = new URL("../schema-announcements.json", import.meta.url);

export interface Announcement {
  /** The schema path the change breaks, as the check reports it, e.g. `Query.organisations` or `schema.subscription`. */
  path: string;
  /** Why, and what users should do instead. */
  reason: string;
  /** When users were told (YYYY-MM-DD). */
  announcedOn: string;
}

export function readPublishedSchema(): string {
  return readFileSync(PUBLISHED_SCHEMA_FILE, "utf8");
}

export function readAnnouncements(): Announcement[] {
  return (JSON.parse(readFileSync(ANNOUNCEMENTS_FILE, "utf8")) as { announcements: Announcement[] }).announcements;
}

/** Every difference from the published schema, with graphql-inspector's verdict on each. */
export function schemaChanges(published: string, current: string): Promise<Change[]> {
  return diff(buildSchema(published), buildSchema(current));
}

/**
 * Where a change is, as announcements name it: its schema path, or `schema.query`, `schema.mutation`,
 * `schema.subscription` for a root operation type (graphql-inspector gives those no path, which no announcement
 * could name).
 */
export function changePath(change: Change): string {
  if (change.path) return change.path;
  const root = /^SCHEMA_(QUERY|MUTATION|SUBSCRIPTION)_TYPE_CHANGED$/.exec(change.type)?.[1];
  return root ? `schema.${root.toLowerCase()}` : "(schema)";
}

/** Of these changes, the breaking ones that no announcement covers: these must not reach users. */
export function unannounced(changes: Change[], announcements: Announcement[]): Change[] {
  const announced = new Set(announcements.map((a) => a.path));
  return changes.filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking && !announced.has(changePath(change)),
  );
}

export async function unannouncedBreakingChanges(
  published: string,
  current: string,
  announcements: Announcement[],
): Promise<Change[]> {
  return unannounced(await schemaChanges(published, current), announcements);
}

export function describeChange(change: Change): string {
  return `${change.criticality.level.padEnd(12)} ${changePath(change)}: ${change.message}`;
}
