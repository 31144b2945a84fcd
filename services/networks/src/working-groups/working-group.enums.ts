import { registerEnumType } from "type-graphql";

export enum WorkingGroupKind {
  STANDING = "STANDING",
  TEMPORARY = "TEMPORARY",
}

registerEnumType(WorkingGroupKind, {
  name: "WorkingGroupKind",
  description: "Whether a working group is standing or temporary.",
  valuesConfig: {
    STANDING: { description: "Standing working group (ständiger Arbeitskreis)." },
    TEMPORARY: { description: "Temporary working group, meets as needed (zeitweiliger Arbeitskreis)." },
  },
});

export enum WorkingGroupStatus {
  ACTIVE = "ACTIVE",
  CLOSED = "CLOSED",
  LEFT_NETWORK = "LEFT_NETWORK",
}

registerEnumType(WorkingGroupStatus, {
  name: "WorkingGroupStatus",
  description: "Whether a working group still meets.",
  valuesConfig: {
    ACTIVE: { description: "Meets (aktiv)." },
    CLOSED: { description: "Closed (beendet)." },
    LEFT_NETWORK: { description: "Carries on outside the network, e.g. as an organisation's internal group (ausgegliedert)." },
  },
});
