import { OrganisationRefType, organisationRef } from "@kinderschutz/subgraph-kit";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// Other subgraphs' entities as this subgraph sees them: only their key; it adds the fields about budgets.
// The organisation's comes from the kit: every subgraph but its owner sees it alike.
export const OrganisationRef = OrganisationRefType();
export type OrganisationRef = InstanceType<typeof OrganisationRef>;
export { organisationRef };

// Their descriptions repeat the owning subgraph's word for word: composition flags descriptions that differ.
@ObjectType("Network", {
  description: "A local or statewide network (Netzwerk) of the professions that work with families (KKG §3).",
})
@Directive('@key(fields: "id")')
export class NetworkRef {
  @Field(() => ID, { description: "The network's id." })
  id!: string;
}

export const networkRef = (id: string | null | undefined): NetworkRef | null => (id ? { id } : null);
