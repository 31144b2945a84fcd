import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const MembershipRole = graphqlEnum("MembershipRole", "The part an organisation plays in a network.", {
  COORDINATOR: "Coordinates the network (Netzwerkkoordination).",
  MEMBER: "Member (Mitglied).",
  STEERING: "Member of the steering group (Steuerungsgruppe).",
  GUEST: "Guest (Gast).",
  FUNDER: "Funds the network (Förderer).",
  MODEL_MUNICIPALITY: "Model municipality of a cluster (Modellkommune).",
  PARTNER_MUNICIPALITY: "Partner municipality of a cluster (Partnerkommune).",
  OFFICE: "Runs the network's office (Geschäftsstelle, Träger).",
});
export type MembershipRole = EnumValue<typeof MembershipRole>;
