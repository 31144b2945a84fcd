/**
 * What the budgets demo data is drawn from: professions, the (fictional) experts, neutral titles, reasons, and the
 * weights and sizes the generator (generate.ts) uses. No source names these; they are chosen to look like the
 * practice support of source 002.
 */
import type { Random } from "@kinderschutz/subgraph-kit";
import { ConsultationKind } from "./vocabulary.js";

// ---------------------------------------------------------------------------------------------------------
// Catalogues
// ---------------------------------------------------------------------------------------------------------

export const PROFESSIONS = {
  socialPedagogy: "Sozialpädagogik",
  socialWork: "Soziale Arbeit",
  psychology: "Psychologie",
  childPsychiatry: "Kinder- und Jugendpsychiatrie",
  paediatrics: "Pädiatrie",
  familyLaw: "Familienrecht",
  midwifery: "Hebammenkunde / Familienhebamme",
  earlyChildhood: "Kindheitspädagogik",
  supervision: "Organisationsberatung / Supervision",
} as const;

const P = PROFESSIONS;

/** The experts of the practice support: fictional people. The last one no longer takes on consultations. */
export const EXPERTS: readonly { name: string; professions: readonly string[]; active: boolean }[] = [
  { name: "Dr. Anna Beispiel", professions: [P.psychology, P.childPsychiatry], active: true },
  { name: "Bernd Mustermann", professions: [P.socialPedagogy, P.supervision], active: true },
  { name: "Carla Musterfrau", professions: [P.socialWork], active: true },
  { name: "Dr. Dieter Exempel", professions: [P.paediatrics], active: true },
  { name: "Eva Platzhalter", professions: [P.midwifery, P.earlyChildhood], active: true },
  { name: "Felix Fiktiv", professions: [P.familyLaw], active: true },
  { name: "Greta Vorlage", professions: [P.earlyChildhood, P.socialPedagogy], active: true },
  { name: "Prof. Dr. Hanna Modell", professions: [P.socialWork, P.supervision, P.psychology], active: true },
  { name: "Jonas Probe", professions: [P.socialWork, P.familyLaw], active: true },
  { name: "Ingrid Ehemals", professions: [P.socialPedagogy, P.childPsychiatry], active: false },
];

/** Which professions fit which kind of consultation (experts are drawn from those). */
export const FITTING_PROFESSIONS: Record<ConsultationKind, readonly string[]> = {
  [ConsultationKind.NETWORK_DEVELOPMENT]: [P.supervision, P.socialWork, P.socialPedagogy],
  [ConsultationKind.REFLECTIVE_CASE_CONSULTATION]: [
    P.psychology,
    P.socialPedagogy,
    P.socialWork,
    P.childPsychiatry,
    P.midwifery,
  ],
  [ConsultationKind.CRISIS_CONSULTATION]: [P.psychology, P.childPsychiatry, P.supervision, P.familyLaw],
  [ConsultationKind.QUALIFYING_STANDARDS]: [
    P.socialWork,
    P.familyLaw,
    P.earlyChildhood,
    P.paediatrics,
    P.socialPedagogy,
  ],
  [ConsultationKind.EVALUATING_STANDARDS]: [P.supervision, P.socialWork, P.psychology],
  [ConsultationKind.WORKSHOP]: [
    P.earlyChildhood,
    P.paediatrics,
    P.midwifery,
    P.familyLaw,
    P.socialPedagogy,
    P.psychology,
  ],
  [ConsultationKind.CONFERENCE]: Object.values(P),
};

/** Short neutral titles per kind; case and crisis consultations stay generic (anonymised). */
export const TITLES: Record<ConsultationKind, readonly string[]> = {
  [ConsultationKind.NETWORK_DEVELOPMENT]: [
    "Netzwerkkonferenz Frühe Hilfen",
    "Kooperation von Jugendamt und Gesundheitswesen im Kinderschutz",
    "Zusammenarbeit von Jugendamt und Schule im Kinderschutz",
    "Kooperationsvereinbarung mit Polizei und Familiengericht weiterentwickeln",
    "Moderation der Steuerungsgruppe Kinderschutz",
    "Netzwerkarbeit Kinderschutz im Sozialraum",
  ],
  [ConsultationKind.REFLECTIVE_CASE_CONSULTATION]: [
    "Reflektierende Fallberatung (anonymisiert)",
    "Kollegiale Fallreflexion im Allgemeinen Sozialen Dienst (anonymisiert)",
    "Nachbetrachtung eines Fallverlaufs im Kinderschutz (anonymisiert)",
  ],
  [ConsultationKind.CRISIS_CONSULTATION]: [
    "Krisenberatung für das Fachteam (anonymisiert)",
    "Krisenintervention und Nachsorge im Team (anonymisiert)",
  ],
  [ConsultationKind.QUALIFYING_STANDARDS]: [
    "Qualitätsentwicklung Kinderschutzstandards",
    "Qualifizierung der Gefährdungseinschätzung im Allgemeinen Sozialen Dienst",
    "Verfahrensstandards bei Kindeswohlgefährdung überarbeiten",
    "Beteiligung von Kindern und Jugendlichen im Schutzverfahren",
    "Standards für Hausbesuche im Kinderschutz",
  ],
  [ConsultationKind.EVALUATING_STANDARDS]: [
    "Evaluation der Kinderschutzverfahren im Jugendamt",
    "Auswertung der Kooperationsvereinbarungen mit Kitas",
    "Evaluation der Meldewege im Kinderschutz",
  ],
  [ConsultationKind.WORKSHOP]: [
    "Workshop Kinderschutz in Kitas",
    "Workshop Gesprächsführung mit Eltern im Kinderschutz",
    "Workshop Rolle der insoweit erfahrenen Fachkraft",
    "Workshop Schutzkonzepte in Einrichtungen",
    "Workshop Frühe Hilfen und Gesundheitswesen",
  ],
  [ConsultationKind.CONFERENCE]: [
    "Fachtag Kinderschutz in Kitas",
    "Fachtag Kinderschutz und Gesundheitswesen",
    "Regionale Kinderschutzkonferenz",
    "Fachtag Frühe Hilfen",
  ],
};

/** Titles of overregional consultations (charged to the pool), per kind. */
export const POOL_TITLES: Partial<Record<ConsultationKind, readonly string[]>> = {
  [ConsultationKind.NETWORK_DEVELOPMENT]: [
    "Kooperation der Jugendämter an den Kreisgrenzen",
    "Überregionaler Austausch der Netzwerkkoordinationen Frühe Hilfen",
  ],
  [ConsultationKind.REFLECTIVE_CASE_CONSULTATION]: [
    "Überregionale Fallwerkstatt bei Zuständigkeitswechsel (anonymisiert)",
  ],
  [ConsultationKind.QUALIFYING_STANDARDS]: [
    "Gemeinsame Standards bei Zuständigkeitswechsel im Kinderschutz",
    "Regionenübergreifende Qualitätsentwicklung Kinderschutzstandards",
  ],
  [ConsultationKind.EVALUATING_STANDARDS]: ["Gemeinsame Evaluation der Verfahrensstandards im Kinderschutz"],
  [ConsultationKind.WORKSHOP]: [
    "Überregionale Werkstatt Schutzkonzepte",
    "Gemeinsamer Workshop Kinderschutz und Schule",
  ],
  [ConsultationKind.CONFERENCE]: [
    "Überregionaler Fachtag Kinderschutz",
    "Gemeinsamer Fachtag Kinderschutz und Eingliederungshilfe",
  ],
};

export const CANCELLATION_REASONS = [
  "Termin vom Jugendamt abgesagt; kein Ersatztermin im Jahr gefunden",
  "Expertin oder Experte verhindert; Einsatz entfällt",
  "Bedarf hat sich vor dem Termin erledigt",
  "Personelle Engpässe im Jugendamt; Vorhaben verschoben",
];

/** Reasons only events with registrations (workshops, conferences) are cancelled for. */
export const EVENT_CANCELLATION_REASONS = [...CANCELLATION_REASONS, "Zu wenige Anmeldungen", "Zu wenige Anmeldungen"];

/** Why a consultation held in the past was never approved. */
export const EXHAUSTED = "Kontingent des Jahres ausgeschöpft; Einsatz nicht bewilligt";

export const isEvent = (kind: ConsultationKind): boolean =>
  kind === ConsultationKind.WORKSHOP || kind === ConsultationKind.CONFERENCE;

/** A reason a consultation of this kind was cancelled for. */
export const cancellationReason = (random: Random, kind: ConsultationKind): string =>
  random.pick(isEvent(kind) ? EVENT_CANCELLATION_REASONS : CANCELLATION_REASONS);

/** How often each kind is requested by a single office (relative weights). */
export const KIND_WEIGHTS: readonly [ConsultationKind, number][] = [
  [ConsultationKind.REFLECTIVE_CASE_CONSULTATION, 5],
  [ConsultationKind.NETWORK_DEVELOPMENT, 3],
  [ConsultationKind.QUALIFYING_STANDARDS, 3],
  [ConsultationKind.WORKSHOP, 3],
  [ConsultationKind.CRISIS_CONSULTATION, 2],
  [ConsultationKind.EVALUATING_STANDARDS, 2],
  [ConsultationKind.CONFERENCE, 1],
];

export const POOL_KINDS: readonly ConsultationKind[] = [
  ConsultationKind.CONFERENCE,
  ConsultationKind.CONFERENCE,
  ConsultationKind.WORKSHOP,
  ConsultationKind.NETWORK_DEVELOPMENT,
  ConsultationKind.QUALIFYING_STANDARDS,
  ConsultationKind.EVALUATING_STANDARDS,
  ConsultationKind.REFLECTIVE_CASE_CONSULTATION,
];

/** Half days requested per kind: [min, max]. */
export const REQUESTED_HALF_DAYS: Record<ConsultationKind, readonly [number, number]> = {
  [ConsultationKind.NETWORK_DEVELOPMENT]: [2, 5],
  [ConsultationKind.REFLECTIVE_CASE_CONSULTATION]: [2, 3],
  [ConsultationKind.CRISIS_CONSULTATION]: [2, 4],
  [ConsultationKind.QUALIFYING_STANDARDS]: [3, 6],
  [ConsultationKind.EVALUATING_STANDARDS]: [2, 5],
  [ConsultationKind.WORKSHOP]: [2, 3],
  [ConsultationKind.CONFERENCE]: [2, 4],
};

/** Chance that a consultation of the kind serves one of the district's networks. */
export const NETWORK_CHANCE: Partial<Record<ConsultationKind, number>> = {
  [ConsultationKind.NETWORK_DEVELOPMENT]: 0.8,
  [ConsultationKind.CONFERENCE]: 0.6,
  [ConsultationKind.WORKSHOP]: 0.3,
  [ConsultationKind.EVALUATING_STANDARDS]: 0.2,
};

/** Yearly allocation per youth office around which the years vary (half days): larger districts get more. */
export const BASE_ALLOCATION: Readonly<Record<string, number>> = {
  "13003": 28,
  "13004": 22,
  "13071": 30,
  "13072": 26,
  "13073": 26,
  "13074": 22,
  "13075": 28,
  "13076": 28,
};
