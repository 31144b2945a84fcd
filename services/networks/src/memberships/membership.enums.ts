import { registerEnumType } from "type-graphql";

export enum MembershipRole {
  COORDINATOR = "COORDINATOR",
  MEMBER = "MEMBER",
  STEERING = "STEERING",
  GUEST = "GUEST",
  FUNDER = "FUNDER",
  MODEL_MUNICIPALITY = "MODEL_MUNICIPALITY",
  PARTNER_MUNICIPALITY = "PARTNER_MUNICIPALITY",
  OFFICE = "OFFICE",
}

registerEnumType(MembershipRole, {
  name: "MembershipRole",
  description: "The part an organisation plays in a network.",
  valuesConfig: {
    COORDINATOR: { description: "Coordinates the network (Netzwerkkoordination)." },
    MEMBER: { description: "Member (Mitglied)." },
    STEERING: { description: "Member of the steering group (Steuerungsgruppe)." },
    GUEST: { description: "Guest (Gast)." },
    FUNDER: { description: "Funds the network (Förderer)." },
    MODEL_MUNICIPALITY: { description: "Model municipality of a cluster (Modellkommune)." },
    PARTNER_MUNICIPALITY: { description: "Partner municipality of a cluster (Partnerkommune)." },
    OFFICE: { description: "Runs the network's office (Geschäftsstelle, Träger)." },
  },
});
