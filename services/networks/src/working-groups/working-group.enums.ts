import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const WorkingGroupKind = graphqlEnum("WorkingGroupKind", "Whether a working group is standing or temporary.", {
  STANDING: "Standing working group (ständiger Arbeitskreis).",
  TEMPORARY: "Temporary working group, meets as needed (zeitweiliger Arbeitskreis).",
});
export type WorkingGroupKind = EnumValue<typeof WorkingGroupKind>;

export const WorkingGroupStatus = graphqlEnum("WorkingGroupStatus", "Whether a working group still meets.", {
  ACTIVE: "Meets (aktiv).",
  CLOSED: "Closed (beendet).",
  LEFT_NETWORK: "Carries on outside the network, e.g. as an organisation's internal group (ausgegliedert).",
});
export type WorkingGroupStatus = EnumValue<typeof WorkingGroupStatus>;
