import { registerEnumType } from "type-graphql";

export enum PriorityKind {
  FOCUS = "FOCUS",
  TOPIC = "TOPIC",
  INTEREST = "INTEREST",
  NEED = "NEED",
}

registerEnumType(PriorityKind, {
  name: "PriorityKind",
  description: "What kind of priority a network sets itself for a year.",
  valuesConfig: {
    FOCUS: { description: "Focus of the year (Schwerpunkt)." },
    TOPIC: { description: "Central topic (zentrales Thema)." },
    INTEREST: { description: "Quality-development interest (Qualitätsentwicklungsinteresse)." },
    NEED: { description: "Need named by the partners (Bedarf)." },
  },
});

export enum GoalScope {
  LOCAL = "LOCAL",
  CROSS_NETWORK = "CROSS_NETWORK",
}

registerEnumType(GoalScope, {
  name: "GoalScope",
  description: "Whether a goal concerns the network itself or several networks.",
  valuesConfig: {
    LOCAL: { description: "Within the network (lokal)." },
    CROSS_NETWORK: { description: "Across networks or clusters (clusterübergreifend)." },
  },
});

export enum GoalState {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  ACHIEVED = "ACHIEVED",
}

registerEnumType(GoalState, {
  name: "GoalState",
  description: "How far a goal has come.",
  valuesConfig: {
    PLANNED: { description: "A planned step (geplant)." },
    IN_PROGRESS: { description: "Being worked on (in Arbeit)." },
    ACHIEVED: { description: "A result reached (erreicht)." },
  },
});
