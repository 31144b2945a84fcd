import "reflect-metadata";
import { Directive, Field, ID, ObjectType } from "type-graphql";

// The owning subgraph's descriptions, for its own type and every key stub of it: composition flags descriptions
// that differ, so they are written once.
export const ORGANISATION_DESCRIPTION =
  "An organisation or institution (Organisation / Einrichtung) that works with children and families.";
export const NETWORK_DESCRIPTION =
  "A local or statewide network (Netzwerk) of the professions that work with families (KKG §3).";

/** Another subgraph's entity keyed by `id`, as a subgraph that does not own it sees it: only its key. */
function idKeyStub(typeName: string, description: string, idDescription: string) {
  @ObjectType(typeName, { description })
  @Directive('@key(fields: "id")')
  class KeyStub {
    @Field(() => ID, { description: idDescription })
    id!: string;
  }
  return KeyStub;
}

/**
 * The organisations subgraph's Organisation as another subgraph sees it; that subgraph adds its own fields. A class
 * per subgraph: type-graphql keeps a type's field resolvers with its class, and one subgraph's fields must not turn
 * up in another's schema where several are built in one process (schema printing, tests).
 */
export const OrganisationRefType = () => idKeyStub("Organisation", ORGANISATION_DESCRIPTION, "The organisation's id.");

/** The networks subgraph's Network as another subgraph sees it; a class per subgraph, as OrganisationRefType's. */
export const NetworkRefType = () => idKeyStub("Network", NETWORK_DESCRIPTION, "The network's id.");

const idRef = (id: string | null | undefined): { id: string } | null => (id ? { id } : null);
export const organisationRef = idRef;
export const networkRef = idRef;
