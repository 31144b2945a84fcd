import { FieldResolver, Resolver, Root } from "type-graphql";
import { Network } from "../networks/network.entity.js";
import { ContactRef, OrganisationRef, RegionRef, contactRef, organisationRef, regionRef } from "./references.js";

/** A network's links to the other subgraphs' records: the gateway fetches the rest of them from their owner. */
@Resolver(() => Network)
export class NetworkReferencesResolver {
  @FieldResolver(() => RegionRef, { nullable: true, description: "The region the network covers." })
  region(@Root() network: Network) {
    return regionRef(network.regionKey);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: "The responsible youth office (or project office for statewide networks).",
  })
  responsibleOffice(@Root() network: Network) {
    return organisationRef(network.responsibleOfficeId);
  }

  @FieldResolver(() => ContactRef, { nullable: true, description: "The network coordinator." })
  coordinator(@Root() network: Network) {
    return contactRef(network.coordinatorContactId);
  }
}
