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

export enum MeetingKind {
  PLENARY = "PLENARY",
  WORKING_GROUP = "WORKING_GROUP",
  CONFERENCE = "CONFERENCE",
  CHILD_PROTECTION_CONFERENCE = "CHILD_PROTECTION_CONFERENCE",
  WORKSHOP = "WORKSHOP",
  ANONYMOUS_CASE_CONSULTATION = "ANONYMOUS_CASE_CONSULTATION",
}

registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "What kind of meeting it is.",
  valuesConfig: {
    PLENARY: { description: "Plenary meeting of the network (Netzwerktreffen, Plenum)." },
    WORKING_GROUP: { description: "Meeting of a working group (Arbeitskreissitzung)." },
    CONFERENCE: { description: "Conference (Fachtag)." },
    CHILD_PROTECTION_CONFERENCE: { description: "Child-protection conference (Kinderschutzkonferenz)." },
    WORKSHOP: { description: "Workshop." },
    ANONYMOUS_CASE_CONSULTATION: {
      description: "Anonymous case consultation (anonyme Fallbesprechung): records date, place and who attended, never case details.",
    },
  },
});

export enum MeetingStatus {
  PLANNED = "PLANNED",
  HELD = "HELD",
  CANCELLED = "CANCELLED",
}

registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting is planned, was held or was cancelled.",
  valuesConfig: {
    PLANNED: { description: "Planned (geplant)." },
    HELD: { description: "Held (stattgefunden)." },
    CANCELLED: { description: "Cancelled (abgesagt)." },
  },
});

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

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How exactly a historical date is known (e.g. only the year).",
  valuesConfig: {
    DAY: { description: "The exact day is known (taggenau)." },
    MONTH: { description: "Only year and month are known; the day is not meaningful (monatsgenau)." },
    YEAR: { description: "Only the year is known; month and day are not meaningful (jahresgenau)." },
  },
});
