import { Versioned, type FollowsOwnerRecord } from "@kinderschutz/subgraph-kit";
import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Organisation } from "../organisations/organisation.entity.js";

/**
 * A person at an organisation with a function (e.g. network coordinator). Name, e-mail and phone are personal
 * data: readable by the state office and the owning youth office only, and erasable on request (GDPR Art. 17)
 * while the record itself, and what refers to it, stays.
 */
@ObjectType({
  description: "A contact person (Ansprechperson) at an organisation. Name, e-mail and phone are personal data.",
})
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ["organisation"] })
export class Contact extends Versioned implements FollowsOwnerRecord {
  @Field(() => ID, { description: "The contact's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: "restrict" })
  organisation!: Rel<Organisation>;

  /** Copied from the organisation on every save: who may read the personal data. */
  @Property({ type: "string", length: 12, nullable: true })
  districtKey?: string;

  @Field(() => String, { description: "The person's function, e.g. 'Netzwerkkoordination' (visible to everyone)." })
  @Property({ type: "string", length: 200 })
  function!: string;

  @Property({ type: "string", length: 200, nullable: true })
  name?: string;

  @Property({ type: "string", length: 254, nullable: true })
  email?: string;

  @Property({ type: "string", length: 50, nullable: true })
  phone?: string;

  @Field(() => Date, {
    nullable: true,
    description: "When the personal data was erased on request (GDPR Art. 17); null otherwise.",
  })
  @Property({ type: "datetime", nullable: true })
  erasedAt?: Date;

  /** Moves with its organisation to another district, its change history with it. */
  get ownerRecordId(): string | undefined {
    return this.organisation?.id;
  }
}
