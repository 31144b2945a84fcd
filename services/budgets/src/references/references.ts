import { Directive, Field, ID, ObjectType } from "type-graphql";

// Other subgraphs' entities as this subgraph sees them: only their key; it adds the fields about budgets.

// Their descriptions repeat the owning subgraph's word for word: composition flags descriptions that differ.
@ObjectType("Organisation", {
  description: "An organisation or institution (Organisation / Einrichtung) that works with children and families.",
})
@Directive('@key(fields: "id")')
export class OrganisationRef {
  @Field(() => ID, { description: "The organisation's id." })
  id!: string;
}

@ObjectType("Network", {
  description: "A local or statewide network (Netzwerk) of the professions that work with families (KKG §3).",
})
@Directive('@key(fields: "id")')
export class NetworkRef {
  @Field(() => ID, { description: "The network's id." })
  id!: string;
}

export const organisationRef = (id: string | null | undefined): OrganisationRef | null => (id ? { id } : null);
export const networkRef = (id: string | null | undefined): NetworkRef | null => (id ? { id } : null);
