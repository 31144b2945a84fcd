import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const NetworkKind = graphqlEnum("NetworkKind", "What a network is for.", {
  EARLY_HELP: "Early help network (Netzwerk Frühe Hilfen, KKG §3(4)).",
  CHILD_PROTECTION: "Child-protection network (Netzwerk Kinderschutz, KKG §3).",
  COMBINED: "Combined network of early help and child protection (Frühe Hilfen und Kinderschutz).",
  KIPSE: "Network for children of mentally ill or addicted parents (KipsE).",
  STATEWIDE_ALLIANCE: "Statewide alliance (Bündnis), e.g. Bündnis Kinderschutz MV.",
  CLUSTER: "Cluster of model and partner municipalities (Kinderschutzcluster).",
  UMBRELLA: "Umbrella or compound network, the strategic roof of others (Verbundnetzwerk).",
});
export type NetworkKind = EnumValue<typeof NetworkKind>;

export const NetworkStatus = graphqlEnum(
  "NetworkStatus",
  "Whether a network still works; ended networks are never deleted.",
  {
    ACTIVE: "Working (aktiv).",
    DISSOLVED: "Dissolved; its history stays readable (aufgelöst).",
    MERGED: "Merged into its successor network; its history stays readable (zusammengeführt).",
  },
);
export type NetworkStatus = EnumValue<typeof NetworkStatus>;
