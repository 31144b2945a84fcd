import { Directive, Field, ID, ObjectType } from "type-graphql";

// Other subgraphs' entities as this subgraph sees them: only their key; it adds the fields about budgets.

@ObjectType("Organisation")
@Directive('@key(fields: "id")')
export class OrganisationRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType("Network")
@Directive('@key(fields: "id")')
export class NetworkRef {
  @Field(() => ID)
  id!: string;
}

export const organisationRef = (id: string | null | undefined): OrganisationRef | null => (id ? { id } : null);
export const networkRef = (id: string | null | undefined): NetworkRef | null => (id ? { id } : null);
