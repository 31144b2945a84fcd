import { Directive, Field, ID, ObjectType } from "type-graphql";

// The other subgraphs' entities as this subgraph sees them: only their key. The gateway fetches every other
// field from the subgraph that owns the entity; this subgraph adds the fields about networks.

@ObjectType("Organisation")
@Directive('@key(fields: "id")')
export class OrganisationRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType("Region")
@Directive('@key(fields: "key")')
export class RegionRef {
  @Field(() => String)
  key!: string;
}

@ObjectType("Contact")
@Directive('@key(fields: "id", resolvable: false)')
export class ContactRef {
  @Field(() => ID)
  id!: string;
}

export const organisationRef = (id: string | null | undefined): OrganisationRef | null => (id ? { id } : null);
export const regionRef = (key: string | null | undefined): RegionRef | null => (key ? { key } : null);
export const contactRef = (id: string | null | undefined): ContactRef | null => (id ? { id } : null);
