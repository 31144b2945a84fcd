import { Entity, Index, Property } from "@mikro-orm/decorators/legacy";
import { ObjectType } from "type-graphql";
import { NetworkPart } from "../networks/network-part.entity.js";

/**
 * A place on a network's mailing list (Verteiler): a contact of the organisations subgraph, or a name and address
 * (e.g. a volunteer). Name and address are personal data, visible like contacts' data.
 */
// GraphQL names this type MailingListEntry: a type named Subscription would become the graph's subscription root
// by convention. The class keeps its name, so the table stays `subscription` and the change history keeps filing
// these records (and redacting them on unsubscribe) under entityType "Subscription".
@ObjectType("MailingListEntry", {
  description:
    "An entry on a network's mailing list (Verteiler): a contact, or a name and e-mail address. Name and e-mail are personal data.",
})
@Entity({ tableName: "subscription" })
@Index({ properties: ["network"] })
export class Subscription extends NetworkPart {
  @Property({ type: "uuid", nullable: true })
  contactId?: string;

  @Property({ type: "string", length: 200, nullable: true })
  name?: string;

  @Property({ type: "string", length: 254, nullable: true })
  email?: string;
}
