import { registerEnumType } from "type-graphql";

export enum NetworkKind {
  EARLY_HELP = "EARLY_HELP",
  CHILD_PROTECTION = "CHILD_PROTECTION",
  COMBINED = "COMBINED",
  KIPSE = "KIPSE",
  STATEWIDE_ALLIANCE = "STATEWIDE_ALLIANCE",
  CLUSTER = "CLUSTER",
  UMBRELLA = "UMBRELLA",
}

registerEnumType(NetworkKind, {
  name: "NetworkKind",
  description: "What a network is for.",
  valuesConfig: {
    EARLY_HELP: { description: "Early help network (Netzwerk Frühe Hilfen, KKG §3(4))." },
    CHILD_PROTECTION: { description: "Child-protection network (Netzwerk Kinderschutz, KKG §3)." },
    COMBINED: { description: "Combined network of early help and child protection (Frühe Hilfen und Kinderschutz)." },
    KIPSE: { description: "Network for children of mentally ill or addicted parents (KipsE)." },
    STATEWIDE_ALLIANCE: { description: "Statewide alliance (Bündnis), e.g. Bündnis Kinderschutz MV." },
    CLUSTER: { description: "Cluster of model and partner municipalities (Kinderschutzcluster)." },
    UMBRELLA: { description: "Umbrella or compound network, the strategic roof of others (Verbundnetzwerk)." },
  },
});

export enum NetworkStatus {
  ACTIVE = "ACTIVE",
  DISSOLVED = "DISSOLVED",
  MERGED = "MERGED",
}

registerEnumType(NetworkStatus, {
  name: "NetworkStatus",
  description: "Whether a network still works; ended networks are never deleted.",
  valuesConfig: {
    ACTIVE: { description: "Working (aktiv)." },
    DISSOLVED: { description: "Dissolved; its history stays readable (aufgelöst)." },
    MERGED: { description: "Merged into its successor network; its history stays readable (zusammengeführt)." },
  },
});
