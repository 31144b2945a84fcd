import { graphqlEnum, type EnumValue } from "@kinderschutz/subgraph-kit";

export const PriorityKind = graphqlEnum("PriorityKind", "What kind of priority a network sets itself for a year.", {
  FOCUS: "Focus of the year (Schwerpunkt).",
  TOPIC: "Central topic (zentrales Thema).",
  INTEREST: "Quality-development interest (Qualitätsentwicklungsinteresse).",
  NEED: "Need named by the partners (Bedarf).",
});
export type PriorityKind = EnumValue<typeof PriorityKind>;

export const GoalScope = graphqlEnum("GoalScope", "Whether a goal concerns the network itself or several networks.", {
  LOCAL: "Within the network (lokal).",
  CROSS_NETWORK: "Across networks or clusters (clusterübergreifend).",
});
export type GoalScope = EnumValue<typeof GoalScope>;

export const GoalState = graphqlEnum("GoalState", "How far a goal has come.", {
  PLANNED: "A planned step (geplant).",
  IN_PROGRESS: "Being worked on (in Arbeit).",
  ACHIEVED: "A result reached (erreicht).",
});
export type GoalState = EnumValue<typeof GoalState>;
