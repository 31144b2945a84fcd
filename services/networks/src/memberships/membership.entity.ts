import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { MembershipRole } from "./membership.enums.js";
import { NetworkPart } from "../networks/network-part.entity.js";

@ObjectType({
  description: "An organisation's membership in a network (Mitgliedschaft); ended memberships stay as history.",
})
@Entity()
@Index({ properties: ["network", "since"] })
@Index({ properties: ["organisationId"] })
export class Membership extends NetworkPart {
  /** The member (an Organisation of the organisations subgraph). */
  @Property({ type: "uuid" })
  organisationId!: string;

  @Field(() => MembershipRole, { description: "The part the organisation plays in the network." })
  @Enum({ items: () => MembershipRole, nativeEnumName: "membership_role" })
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: "First day of the membership (YYYY-MM-DD)." })
  @Property({ type: "date", nullable: true })
  since?: string;

  @Field(() => String, { nullable: true, description: "Last day of the membership (YYYY-MM-DD); null while it lasts." })
  @Property({ type: "date", nullable: true })
  until?: string;
}
