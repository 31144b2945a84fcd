import { OrganisationRefType, organisationRef } from "@kinderschutz/subgraph-kit";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// The other subgraphs' entities as this subgraph sees them: only their key. The gateway fetches every other
// field from the subgraph that owns the entity; this subgraph adds the fields about networks.
// The organisation's comes from the kit: every subgraph but its owner sees it alike.
export const OrganisationRef = OrganisationRefType();
export type OrganisationRef = InstanceType<typeof OrganisationRef>;
export { organisationRef };

// Their descriptions repeat the owning subgraph's word for word: composition flags descriptions that differ.
@ObjectType("Region", {
  description:
    "A region with its official key (Amtlicher Gemeindeschlüssel). Regions are versioned: a reorganised region keeps its record with `validUntil` and points to its successors.",
})
@Directive('@key(fields: "key")')
export class RegionRef {
  @Field(() => String, {
    description: "Official key (AGS/Kreisschlüssel), e.g. 13071 for Mecklenburgische Seenplatte.",
  })
  key!: string;
}

@ObjectType("Contact", {
  description: "A contact person (Ansprechperson) at an organisation. Name, e-mail and phone are personal data.",
})
@Directive('@key(fields: "id", resolvable: false)')
export class ContactRef {
  @Field(() => ID, { description: "The contact's id." })
  id!: string;
}

export const regionRef = (key: string | null | undefined): RegionRef | null => (key ? { key } : null);
export const contactRef = (id: string | null | undefined): ContactRef | null => (id ? { id } : null);
