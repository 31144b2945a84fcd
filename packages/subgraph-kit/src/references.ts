import "reflect-metadata";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The organisations subgraph's Organisation as another subgraph sees it: only its key; that subgraph adds its own
 * fields. A class per subgraph: type-graphql keeps a type's field resolvers with its class, and one subgraph's
 * fields must not turn up in another's schema where several are built in one process (schema printing, tests).
 */
export function OrganisationRefType() {
  // The description repeats the owning subgraph's word for word: composition flags descriptions that differ.
  @ObjectType("Organisation", {
    description: "An organisation or institution (Organisation / Einrichtung) that works with children and families.",
  })
  @Directive('@key(fields: "id")')
  class OrganisationRef {
    @Field(() => ID, { description: "The organisation's id." })
    id!: string;
  }
  return OrganisationRef;
}

export const organisationRef = (id: string | null | undefined): { id: string } | null => (id ? { id } : null);
