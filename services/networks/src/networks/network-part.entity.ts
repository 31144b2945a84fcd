import { Versioned, type FollowsOwnerRecord } from "@kinderschutz/subgraph-kit";
import { type Opt, type Rel } from "@mikro-orm/core";
import { ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Field, ID, ObjectType } from "type-graphql";
import { Network } from "./network.entity.js";

/**
 * What every record inside a network shares: its own id, the network, and the network's responsible district
 * (copied on every save) so rules and the audit trail know the owner without a join.
 */
// Decorated only so that type-graphql copies these fields into each subclass; it is never a type of its own.
@ObjectType()
export abstract class NetworkPart extends Versioned implements FollowsOwnerRecord {
  @Field(() => ID, { description: "The record's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Network, { deleteRule: "restrict" })
  network!: Rel<Network>;

  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  /** Handed to another district with its network, its change history with it (also once the record is removed). */
  get ownerRecordId(): string | undefined {
    return this.network?.id;
  }
}
