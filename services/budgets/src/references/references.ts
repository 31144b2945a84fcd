import { NetworkRefType, OrganisationRefType, networkRef, organisationRef } from "@kinderschutz/subgraph-kit";

// Other subgraphs' entities as this subgraph sees them: only their key; it adds the fields about budgets.
// Both come from the kit: every subgraph but their owners sees them alike.
export const OrganisationRef = OrganisationRefType();
export type OrganisationRef = InstanceType<typeof OrganisationRef>;
export const NetworkRef = NetworkRefType();
export type NetworkRef = InstanceType<typeof NetworkRef>;
export { networkRef, organisationRef };
