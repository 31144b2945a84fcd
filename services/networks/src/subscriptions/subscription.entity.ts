import { Entity, Index, Property } from "@mikro-orm/core";
import { ObjectType } from "type-graphql";
import { NetworkPart } from "../networks/network-part.js";

/**
 * A place on a network's mailing list (Verteiler): a contact of the organisations subgraph, or a name and address
 * (e.g. a volunteer). Name and address are personal data, visible like contacts' data.
 */
@ObjectType({ description: "A subscription to a network's mailing list (Verteiler). Name and e-mail are personal data." })
@Entity()
@Index({ properties: ["network"] })
export class Subscription extends NetworkPart {
  @Property({ type: "uuid", nullable: true })
  contactId?: string;

  @Property({ type: "string", length: 200, nullable: true })
  name?: string;

  @Property({ type: "string", length: 254, nullable: true })
  email?: string;
}
