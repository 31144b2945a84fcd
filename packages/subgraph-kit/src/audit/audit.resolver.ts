import "reflect-metadata";
import type { EntityManager } from "@mikro-orm/core";
import { Args, ArgsType, Ctx, Directive, Field, ID, ObjectType, Query, Resolver, type ClassType } from "type-graphql";
import type { Caller } from "../caller.js";
import type { Context } from "../context.js";
import { ForbiddenError } from "../errors.js";
import { Connection, PageArgs, paginate, type Page } from "../pagination.js";
import { AuditEntry } from "./audit-entry.entity.js";

@ObjectType({ description: "One field of a record before and after a change (values as JSON text)." })
@Directive("@shareable")
export class FieldChange {
  @Field(() => String, { description: "The name of the changed field, e.g. name." })
  field!: string;

  @Field(() => String, { nullable: true, description: "JSON of the value before; null when the record was created." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "JSON of the value after; null when the record was deleted." })
  after!: string | null;
}

@ObjectType("AuditEntry", {
  description: "One recorded change (Änderungsprotokoll): who, when, what, before and after.",
})
@Directive("@shareable")
export class AuditEntryView {
  @Field(() => ID, { description: "The entry's own id." }) id!: string;
  @Field(() => Date, { description: "When the change was saved." }) at!: Date;
  @Field(() => String, { description: "The subject (user id) of the token that made the change." }) subject!: string;
  @Field(() => String, { description: "STATE_OFFICE, YOUTH_OFFICE or ANALYST." }) role!: string;
  @Field(() => String, { nullable: true, description: "The district key of the youth office that made the change." })
  callerDistrictKey!: string | null;
  @Field(() => String, { description: "The type of the changed record, e.g. Organisation." }) entityType!: string;
  @Field(() => ID, { description: "The id of the changed record." }) entityId!: string;
  @Field(() => String, { description: "CREATE, UPDATE or DELETE." }) action!: string;
  @Field(() => String, { nullable: true, description: "Why the change was made, where the operation asks for it." })
  reason!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The id of the request that made the change (its x-request-id), to find it in the services' logs; null for changes recorded before it was kept.",
  })
  requestId!: string | null;
  @Field(() => [FieldChange], { description: "Each changed field with its value before and after." })
  changes!: FieldChange[];
}

const AuditEntryConnection = Connection(AuditEntryView, "AuditEntry", true);

@ArgsType()
class AuditTrailArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only changes of this type of record, e.g. Organisation." })
  entityType?: string;

  @Field(() => ID, { nullable: true, description: "Only changes of this record." })
  entityId?: string;
}

function toView(entry: AuditEntry): AuditEntryView {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  return {
    ...entry,
    callerDistrictKey: entry.callerDistrictKey ?? null,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
    changes: Object.entries(entry.changes).map(([field, c]) => ({
      field,
      before: json(c.before),
      after: json(c.after),
    })),
  };
}

/**
 * The state office reads every entry; a youth office the entries of the records its district owns now, all of
 * their history, also from before a record moved there (entries follow a moved record: `ownerRecordId`). Whoever
 * reads an entry so may read the personal data in it, and a district that handed a record on reads none of it.
 */
export function auditScope(caller: Caller): { ownerDistrictKey?: string } {
  if (caller.role === "STATE_OFFICE") return {};
  if (caller.role === "YOUTH_OFFICE") return { ownerDistrictKey: caller.districtKey };
  throw new ForbiddenError(
    "The change history is for the state office and the owning youth office only.",
    "HISTORY_RESTRICTED",
  );
}

export async function readAuditTrail(
  em: EntityManager,
  caller: Caller,
  args: AuditTrailArgs,
): Promise<Page<AuditEntryView>> {
  const where = {
    ...auditScope(caller),
    ...(args.entityType ? { entityType: args.entityType } : {}),
    ...(args.entityId ? { entityId: args.entityId } : {}),
  };
  const page = await paginate(em, AuditEntry, where, args, "at");
  return { ...page, nodes: page.nodes.map(toView) };
}

/**
 * The audit query of one subgraph. Every subgraph keeps the history of its own records in its own database,
 * so the root field carries the subgraph's name (e.g. `organisationsAuditTrail`).
 */
const auditResolvers = new Map<string, ClassType>();

export function createAuditResolver(subgraph: string): ClassType {
  const existing = auditResolvers.get(subgraph);
  if (existing) return existing;

  @Resolver()
  class AuditResolver {
    @Query(() => AuditEntryConnection, {
      nullable: true,
      name: `${subgraph}AuditTrail`,
      description: `Recorded changes of the ${subgraph} subgraph's records, oldest first (state office: all; youth office: its district's).`,
    })
    auditTrail(@Args(() => AuditTrailArgs) args: AuditTrailArgs, @Ctx() ctx: Context) {
      return readAuditTrail(ctx.em, ctx.caller, args);
    }
  }
  auditResolvers.set(subgraph, AuditResolver);
  return AuditResolver;
}
