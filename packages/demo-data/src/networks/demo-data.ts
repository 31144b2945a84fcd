/**
 * The networks demo data: every network fact of the five sources (shared/domain/sources), then the generated
 * network life around them (generate.ts). Organisations and contacts are referred to by name (their ids are
 * derived from names exactly as the organisations subgraph derives them, see organisation-names.ts).
 *
 * Where a source gives no date or year, the comment says what was assumed.
 */
import {
  DatePrecision,
  GoalScope,
  GoalState,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  NetworkKind,
  NetworkStatus,
  PriorityKind,
  WorkingGroupKind,
  WorkingGroupStatus,
} from "./vocabulary.js";
import { DEMO_SEED, DemoDataBuilder, type NetworkDemoData } from "./builder.js";
import {
  addAllianceEvents,
  addDistrictNetworks,
  addSeenplatteLife,
  districtNetworkName,
  type Member,
} from "./generate.js";
import {
  FORMER_YOUTH_OFFICES,
  MV_DISTRICTS,
  NAMED,
  NAMED_CONTACT_FUNCTIONS,
  YOUTH_OFFICE_COORDINATION,
  mvDistrict,
  partner,
} from "./organisation-names.js";

export { DEMO_SEED, DEMO_TODAY, networkId } from "./builder.js";

/** Names of the networks of the sources; other subgraphs' demo data refers to them through `networkId(name)`. */
export const NETWORK_NAMES = {
  mueritz: 'Netzwerk "Frühe Hilfen und präventiver Kinderschutz" Müritz',
  seenplatteVerbund: "VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte",
  cluster3: "Kinderschutzcluster 3 in Mecklenburg-Vorpommern",
  alliance: "Bündnis Kinderschutz MV",
  donnersbergChildProtection: "Netzwerk Kinderschutz Donnersbergkreis",
  donnersbergEarlyHelp: "Netzwerk Frühe Hilfen Donnersbergkreis",
  donnersbergKipse: "Netzwerk KipsE Donnersbergkreis",
  boerde: "Netzwerk Kinderschutz und Frühe Hilfen im Landkreis Börde",
} as const;

export const MUERITZ_WORKING_GROUPS = {
  daycare: "Frühe Hilfen und Kinderschutz in (Kinder-)Tageseinrichtungen",
  caseConsultations: "anonyme Fallbesprechungen",
  health: "Gesundheit ist Kinderschutz",
} as const;

export const MUERITZ_STANDING_TOPIC = "Kennenlernen der Netzwerkpartner*innen: Vorstellung mit Profil und Angeboten";

export const BOERDE_WORKING_GROUPS = {
  north: "Arbeitsgruppe Kinderschutz und Frühe Hilfen NORD",
  south: "Arbeitsgruppe Kinderschutz und Frühe Hilfen SÜD",
} as const;

const MSE = mvDistrict("13071");
const SCHWERIN = mvDistrict("13004");

/** The members of the Müritz working groups that still meet: the groups are built and their meetings drawn with them. */
const MUERITZ_GROUP_MEMBERS = {
  daycare: [
    MSE.youthOffice,
    "Kita Märchenland Waren",
    "Kita Buddelkiste Röbel",
    "Kinder- und Jugendhilfe Waren gGmbH",
    "Förderschule Röbel",
  ],
  caseConsultations: [
    MSE.youthOffice,
    "Kinder- und Jugendhilfe Waren gGmbH",
    "Schwangerschaftsberatungsstelle Röbel",
    NAMED.mueritzClinic,
    "Kita Märchenland Waren",
  ],
} as const;

/**
 * The active networks each youth office of Mecklenburg-Vorpommern is responsible for, which the budgets demo data's
 * consultations serve: its district network (`addDistrictNetworks`), and in Mecklenburgische Seenplatte, which has
 * none, the two networks of source 000.
 */
export const DISTRICT_NETWORK_NAMES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  MV_DISTRICTS.map((d) => [
    d.key,
    d === MSE ? [NETWORK_NAMES.seenplatteVerbund, NETWORK_NAMES.mueritz] : [districtNetworkName(d)],
  ]),
);

// ---------------------------------------------------------------------------------------------------------
// 000: Netzwerk "Frühe Hilfen und präventiver Kinderschutz" Müritz, under the VerbundNetzwerk's roof
// ---------------------------------------------------------------------------------------------------------

/** Müritz's partners: the clinic of source 000 and generated partners in and around Waren and Röbel. */
function mueritzMembers(): Member[] {
  const since = "2011-03-07";
  const generated = [
    "Gesundheitsamt Landkreis Mecklenburgische Seenplatte",
    "Klinikum Röbel",
    "Schwangerschaftsberatungsstelle Röbel",
    "Kita Märchenland Waren",
    "Kita Buddelkiste Röbel",
    "Förderschule Röbel",
    "Kinder- und Jugendhilfe Waren gGmbH",
    "Jobcenter Landkreis Mecklenburgische Seenplatte",
  ].map((name) => partner("13071", name));
  return [
    { name: NAMED.mueritzClinic, kind: "HOSPITAL", role: MembershipRole.MEMBER, since },
    ...generated.map((p): Member => ({
      name: p.name,
      kind: p.kind,
      role:
        p.kind === "HEALTH_OFFICE"
          ? MembershipRole.STEERING
          : p.kind === "JOB_CENTRE"
            ? MembershipRole.GUEST
            : MembershipRole.MEMBER,
      // The district-wide offices joined after the 2011 district reform; the rest were invited in March 2011.
      since: p.name.includes("Landkreis Mecklenburgische Seenplatte") ? "2011-09-04" : since,
    })),
  ];
}

function addMueritz(data: DemoDataBuilder): Member[] {
  const formerOffice = FORMER_YOUTH_OFFICES["13056"];
  data
    .network({
      name: NETWORK_NAMES.seenplatteVerbund,
      kind: NetworkKind.UMBRELLA,
      regionKey: "13071",
      responsibleDistrictKey: "13071",
      responsibleOffice: MSE.youthOffice,
      coordinator: { organisation: MSE.youthOffice, function: YOUTH_OFFICE_COORDINATION.childProtection },
      foundedOn: "2013-03-20",
      plenaryMeetingsPerYear: 2,
      description:
        "Strategisches Dach der regionalen Kinderschutznetzwerke im Landkreis Mecklenburgische Seenplatte; " +
        "die regionale Netzwerkarbeit, etwa in der Region Müritz, wird unter seinem Dach fortgesetzt.",
    })
    .milestone("2013-03-20", 'Konstituierung des "VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte"')
    .member(MSE.youthOffice, MembershipRole.COORDINATOR, "2013-03-20");

  const net = data.network({
    name: NETWORK_NAMES.mueritz,
    kind: NetworkKind.COMBINED,
    // Founded in the district of Müritz (dissolved 2011); its successor's youth office is responsible now.
    regionKey: "13056",
    responsibleDistrictKey: "13071",
    responsibleOffice: MSE.youthOffice,
    coordinator: { organisation: MSE.youthOffice, function: YOUTH_OFFICE_COORDINATION.earlyHelp },
    foundedOn: "2011-03-07",
    parent: NETWORK_NAMES.seenplatteVerbund,
    plenaryMeetingsPerYear: 3,
    description:
      "Arbeitet in regelmäßigen Netzwerksitzungen dreimal im Jahr in der Region Müritz an selbstgewählten Themen und Schwerpunkten. " +
      "Das Netzwerk verbindet Ressourcen, bündelt Kompetenzen und berücksichtigt verschiedene Perspektiven und Interessen; " +
      "es arbeitet lösungs- und ergebnisorientiert, transparent, verbindlich und vertrauensvoll.",
  });

  // The Müritz youth office invited the partners and coordinated until the reform; since then Seenplatte's.
  net.member(formerOffice, MembershipRole.COORDINATOR, "2011-03-07", "2011-09-03");
  net.member(MSE.youthOffice, MembershipRole.COORDINATOR, "2011-09-04");
  const members = mueritzMembers();
  for (const m of members) net.member(m.name, m.role, m.since, m.until);

  net.workingGroup({
    name: MUERITZ_WORKING_GROUPS.daycare,
    kind: WorkingGroupKind.TEMPORARY,
    members: MUERITZ_GROUP_MEMBERS.daycare,
  });
  net.workingGroup({
    name: MUERITZ_WORKING_GROUPS.caseConsultations,
    kind: WorkingGroupKind.TEMPORARY,
    members: MUERITZ_GROUP_MEMBERS.caseConsultations,
  });
  net.workingGroup({
    name: MUERITZ_WORKING_GROUPS.health,
    kind: WorkingGroupKind.TEMPORARY,
    status: WorkingGroupStatus.LEFT_NETWORK,
    continuedBy: NAMED.mueritzClinic,
    statusNote: "klinikinterner Arbeitskreis des MediClin Müritz-Klinikums",
    members: [
      NAMED.mueritzClinic,
      MSE.youthOffice,
      "Gesundheitsamt Landkreis Mecklenburgische Seenplatte",
      "Klinikum Röbel",
    ],
  });

  // The history ("Historie") of the source, entry by entry.
  net
    .milestone("2008-01-01", "Bilaterale Zusammenarbeit im Landkreis", {
      precision: DatePrecision.YEAR,
      description:
        "Bis 2008 unterhält das Jugendamt mit den verschiedenen Akteuren im Kinderschutz bilaterale Beziehungen, die teilweise durch Kooperationsvereinbarungen verstetigt sind.",
    })
    .milestone("2008-09-13", "Erste kommunale Kinderschutzkonferenz im Landkreis", {
      description: "Thema: „übergreifende Zusammenarbeit von Kinderschutzakteuren“.",
    })
    .milestone(
      "2008-11-01",
      "Teilnahme des Jugendamtes am Modellprojekt „Praxisbegleitsystem – Qualifizierung der Kinderschutzarbeit in Mecklenburg-Vorpommern“",
      {
        precision: DatePrecision.MONTH,
      },
    )
    .milestone("2010-11-18", "Gemeinsamer Fachtag Kinderschutz der Landkreise Demmin und Müritz")
    .milestone("2011-03-07", 'Konstituierung des Netzwerkes "Frühe Hilfen und Kinderschutz" Müritz', {
      description:
        "Einladung von Kinderschutzakteuren im Landkreis durch das Jugendamt. Ziel: professionsübergreifende Zusammenarbeit im Kinderschutz.",
    })
    .milestone("2012-01-01", "Inkrafttreten des Bundeskinderschutzgesetzes vom 22. Dezember 2011")
    .milestone("2012-01-01", "Überprüfung der Netzwerkstrukturen anhand der Maßgaben des Bundeskinderschutzgesetzes", {
      precision: DatePrecision.YEAR,
      description:
        "Überprüfung anhand der Maßgaben des Bundeskinderschutzgesetzes / Gesetzes über die Kooperation und Information im Kinderschutz. " +
        "Ergebnis: die Strukturen des Netzwerkes entsprechen den gesetzlich vorgesehenen Strukturen.",
    })
    .milestone("2013-03-20", 'Konstituierung des "VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte"', {
      description:
        'Fortsetzung der regionalen Kinderschutz-Netzwerkarbeit in der Region Müritz durch das Netzwerk "Frühe Hilfen und Kinderschutz" Müritz unter dem „strategischen Dach“ des VerbundNetzwerkes.',
    });

  net.meeting({
    kind: MeetingKind.CHILD_PROTECTION_CONFERENCE,
    date: "2008-09-13",
    title: "Erste kommunale Kinderschutzkonferenz: übergreifende Zusammenarbeit von Kinderschutzakteuren",
    status: MeetingStatus.HELD,
    agenda: [{ topic: "Übergreifende Zusammenarbeit von Kinderschutzakteuren", presentedBy: formerOffice }],
    attendees: [formerOffice],
  });
  net.meeting({
    kind: MeetingKind.CONFERENCE,
    date: "2010-11-18",
    title: "Gemeinsamer Fachtag Kinderschutz der Landkreise Demmin und Müritz",
    status: MeetingStatus.HELD,
    attendees: [formerOffice, FORMER_YOUTH_OFFICES["13052"]],
  });
  net.meeting({
    kind: MeetingKind.PLENARY,
    date: "2011-03-07",
    title: 'Konstituierung des Netzwerkes "Frühe Hilfen und Kinderschutz" Müritz',
    status: MeetingStatus.HELD,
    agenda: [
      { topic: "Ziel: professionsübergreifende Zusammenarbeit im Kinderschutz", presentedBy: formerOffice },
      { topic: "Konstituierung des Netzwerkes" },
    ],
    attendees: [formerOffice, NAMED.mueritzClinic],
  });

  net.subscribeContact(MSE.youthOffice, YOUTH_OFFICE_COORDINATION.earlyHelp);
  net.subscribeContact(NAMED.mueritzClinic, "Koordination Kinderschutzgruppe");
  return members;
}

// ---------------------------------------------------------------------------------------------------------
// 001: Kinderschutzcluster 3
// ---------------------------------------------------------------------------------------------------------

/**
 * The source is undated; it expects the district reform of 2011 ahead ("Zum Jahr 2011 ... wahrscheinlich nicht
 * mehr existent"), so it was written before it: its interests, topics and results are filed under 2010.
 */
const CLUSTER_YEAR = 2010;

function addCluster3(data: DemoDataBuilder): void {
  const net = data.network({
    name: NETWORK_NAMES.cluster3,
    kind: NetworkKind.CLUSTER,
    // A cluster of the model municipality and three partner districts: it spans more than one district. Its
    // partner districts ended with the 2011 reform, so the cluster is kept as history.
    status: NetworkStatus.DISSOLVED,
    regionKey: "13",
    responsibleDistrictKey: SCHWERIN.key,
    responsibleOffice: SCHWERIN.youthOffice,
    description:
      "Kinderschutzcluster mit der Modellkommune Landeshauptstadt Schwerin und den Partnerkommunen Landkreis Ostvorpommern, " +
      "Landkreis Parchim und Landkreis Uecker-Randow (Qualitätsentwicklungswerkstatt). Durch die Kreisgebietsreform 2011 " +
      "sind viele Produkte kompatibel mit den anderen Gebietskörperschaften zu gestalten; der demokratische Kinderschutz ist dann neu zu formulieren.",
  });
  net.member(SCHWERIN.youthOffice, MembershipRole.MODEL_MUNICIPALITY);
  // The partner districts ended with the reform: their memberships end the day before it.
  for (const key of ["13059", "13060", "13062"] as const)
    net.member(FORMER_YOUTH_OFFICES[key], MembershipRole.PARTNER_MUNICIPALITY, undefined, "2011-09-03");

  for (const title of [
    "Stärkere Vernetzung zwischen Gesundheitswesen und Jugendamt",
    "Einheitliche Handlungsstrategien und Raster im Umgang mit Meldungen zur Kindeswohlgefährdung in Zusammenarbeit mit allen am Prozess Beteiligten (Ärztinnen und Ärzten, Kliniken, Wohnungsgesellschaften usw.)",
    "Abbau von Unsicherheiten beim Umgang mit Kindeswohlgefährdung, insbesondere bei Mitarbeiterinnen und Mitarbeitern in Kita und Schulen",
  ]) {
    net.priority(CLUSTER_YEAR, PriorityKind.INTEREST, title);
  }
  for (const title of [
    "Fehler- und Erfolgsphilosophie und die Lerneffekte daraus für die tägliche Arbeit",
    "Demokratischer Kinderschutz u politischer Wille und Finanzen, Vernetzung der Professionen",
    "Fallarbeit mit Klientinnen und Klienten vor Ort, Methodenvielfalt zur Klärung der Problemstellung in der Familie (Familienuntersuchungsrahmen-FUR, Family Group Conferencing, Familienwerkstatt)",
  ]) {
    net.priority(CLUSTER_YEAR, PriorityKind.TOPIC, title);
  }

  // Ergebnisse – kommunal
  for (const title of [
    "Regionaltagung in der Sozialraumorientierten Jugendhilfe, Frühe Hilfen und Kinderschutz mit dem Ergebnis einer einheitlichen Verfahrensweise und Dokumentation für alle Professionen wie Schulen, Kita, Polizei, Amts- und Jugendgerichte, Rechtsanwältinnen und Rechtsanwälten, kommunale Träger",
    "Gemeinsame Fallentscheidung in Zusammenarbeit mit anderen Professionen in den regelmäßig durchgeführten Fachkonferenzen",
    "Mehr Transparenz der Jugendhilfe durch Weiterbildung in Schulen, Kitas, Gerichten, Staatsanwaltschaft, Agentur für Arbeit, Polizei und anderen Einrichtungen",
  ]) {
    net.goal(title, GoalScope.LOCAL, GoalState.ACHIEVED, CLUSTER_YEAR);
  }
  // In Planung – kommunal
  net.goal(
    "Abschluss von Kooperationsvereinbarungen mit der Polizei, den Schulen und der Kinder- und Jugendpsychiatrie (nach Vorbild § 8a SGB VIII)",
    GoalScope.LOCAL,
    GoalState.PLANNED,
  );
  net.goal(
    "Weiterführung der Projekte: Baby-FUN, Elternbildungszentrum, Eltern-Kind-Zentrum (nach Auslauf der staatlichen Förderung)",
    GoalScope.LOCAL,
    GoalState.PLANNED,
  );
  // In Planung – clusterübergreifend
  net.goal(
    "Überarbeitung der Kinderschutzbroschüre in Zusammenarbeit mit Ostvorpommern und Greifswald",
    GoalScope.CROSS_NETWORK,
    GoalState.PLANNED,
  );
}

// ---------------------------------------------------------------------------------------------------------
// 002: Bündnis Kinderschutz MV
// ---------------------------------------------------------------------------------------------------------

function addAlliance(data: DemoDataBuilder, seed: number): void {
  const net = data.network({
    name: NETWORK_NAMES.alliance,
    kind: NetworkKind.STATEWIDE_ALLIANCE,
    regionKey: "13",
    responsibleDistrictKey: null,
    responsibleOffice: NAMED.projectOffice,
    coordinator: { organisation: NAMED.projectOffice, function: NAMED_CONTACT_FUNCTIONS.projectOfficeLead },
    description:
      "Landesprojekt und Forum für Fachkräfte aller im Kinderschutz beteiligten Bereiche in Mecklenburg-Vorpommern: Kinder-, Jugend- und " +
      "Familienhilfe, Gesundheit, Schule, Sport und Soziales sowie Justiz und Polizei. Angebote von Fall- und Fachberatung vor Ort über " +
      "Workshops und Fachtage bis zu wissenschaftlichen Studien und Öffentlichkeitsarbeit; Kernangebot ist die Praxisbegleitung " +
      "(Beratungskontingent je Jugendamt, zusätzliche Beratungstage für überregionale Kooperationen).",
  });
  // The ministry funds it; every youth office is a member through its agreement with the ministry (no dates
  // in the source); Start gGmbH runs the office, which coordinates.
  net.member(NAMED.ministry, MembershipRole.FUNDER);
  for (const district of MV_DISTRICTS) net.member(district.youthOffice, MembershipRole.MEMBER);
  net.member(NAMED.projectCarrier, MembershipRole.OFFICE);
  net.member(NAMED.projectOffice, MembershipRole.COORDINATOR);

  // "Ziele im Bündnis Kinderschutz sind ..."
  for (const title of [
    "Frühzeitiges Stärken und Fördern von Familien durch verlässliche Angebote, Standards und Strukturen",
    "Mehr Handlungssicherheit von Fachkräften",
    "Nachhaltige Kooperations- und Netzwerkstrukturen",
  ]) {
    net.goal(title, GoalScope.CROSS_NETWORK, GoalState.IN_PROGRESS);
  }
  // The contents of the practice support, the core offer, in the year of the source's service overview (2023).
  net.priority(
    2023,
    PriorityKind.FOCUS,
    "Praxisbegleitung: Initiieren, Entwickeln und Fördern von Kooperation und Netzwerkarbeit",
  );
  net.priority(2023, PriorityKind.TOPIC, "Reflektierende Einzelfallberatung und -aufarbeitung");
  net.priority(2023, PriorityKind.TOPIC, "Krisenberatung");
  net.priority(
    2023,
    PriorityKind.TOPIC,
    "Qualifizieren und Evaluieren von kinderschutzrelevanten Standards und Verfahren im Jugendamt",
  );

  net.subscribeContact(NAMED.ministry, NAMED_CONTACT_FUNCTIONS.ministryDepartment);
  for (const district of MV_DISTRICTS)
    net.subscribeContact(district.youthOffice, YOUTH_OFFICE_COORDINATION.childProtection);

  addAllianceEvents(
    net,
    seed,
    MV_DISTRICTS.map((d) => d.youthOffice),
  );
}

// ---------------------------------------------------------------------------------------------------------
// 003: Netzwerk Kinderschutz Donnersbergkreis, extending the networks Frühe Hilfen and KipsE
// ---------------------------------------------------------------------------------------------------------

const DONNERSBERG = "07333";

function addDonnersberg(data: DemoDataBuilder): void {
  const office = NAMED.donnersbergYouthOffice;
  const p = (name: string): string => partner(DONNERSBERG, name).name;
  const common = { regionKey: DONNERSBERG, responsibleDistrictKey: DONNERSBERG, responsibleOffice: office };

  // The two established networks; the source gives neither founding dates nor members, so the members are
  // generated partners of the fitting fields.
  data
    .network({
      ...common,
      name: NETWORK_NAMES.donnersbergEarlyHelp,
      kind: NetworkKind.EARLY_HELP,
      coordinator: { organisation: office, function: YOUTH_OFFICE_COORDINATION.earlyHelp },
      description: "Etabliertes Netzwerk Frühe Hilfen im Donnersbergkreis.",
    })
    .member(office, MembershipRole.COORDINATOR)
    .member(p("Hebammenpraxis Lebensanfang Kirchheimbolanden"), MembershipRole.MEMBER)
    .member(p("Familienzentrum Winnweiler"), MembershipRole.MEMBER)
    .member(p("Frühförderstelle Kirchheimbolanden"), MembershipRole.MEMBER)
    .member(p("Frauenarztpraxis Rockenhausen"), MembershipRole.MEMBER)
    .member(p("Erziehungs- und Familienberatungsstelle Kirchheimbolanden"), MembershipRole.MEMBER)
    .member(p("Integrative Kita Märchenland Kirchheimbolanden"), MembershipRole.MEMBER);
  data
    .network({
      ...common,
      name: NETWORK_NAMES.donnersbergKipse,
      kind: NetworkKind.KIPSE,
      description:
        "Etabliertes Netzwerk für Kinder psychisch und/oder suchtkranker Eltern (KipsE) im Donnersbergkreis.",
    })
    .member(office, MembershipRole.COORDINATOR)
    .member(p("Erziehungs- und Familienberatungsstelle Kirchheimbolanden"), MembershipRole.MEMBER)
    .member(p("Kinder- und Jugendhilfe Kirchheimbolanden gGmbH"), MembershipRole.MEMBER)
    .member(p("Familienhilfe Kirchheimbolanden gGmbH"), MembershipRole.MEMBER);

  // The first meeting "in neuer Konstellation" took place on 4 December; the source names no year, but the
  // next meeting is on 20 May 2026, so it was 4 December 2025.
  const firstMeeting = "2025-12-04";
  const net = data.network({
    ...common,
    name: NETWORK_NAMES.donnersbergChildProtection,
    kind: NetworkKind.CHILD_PROTECTION,
    coordinator: { organisation: office, function: YOUTH_OFFICE_COORDINATION.childProtection },
    foundedOn: firstMeeting,
    extends: [NETWORK_NAMES.donnersbergEarlyHelp, NETWORK_NAMES.donnersbergKipse],
    description:
      "Erweiterung der bestehenden Netzwerke Frühe Hilfen und KipsE (Kinder psychisch und/oder suchtkranker Eltern). Übergeordnetes Ziel ist " +
      "die Förderung der interdisziplinären Kooperation, sodass Berufsgruppen mit unterschiedlichen rechtlichen Rahmenbedingungen Kenntnis " +
      "voneinander haben und rechtssicher über Zuständigkeitsgrenzen hinaus zusammenarbeiten können. Vereine und ehrenamtlich getragene " +
      "Organisationen sind eingeladen, sich zu beteiligen oder sich in den Verteiler aufnehmen zu lassen.",
  });

  // 25 professionals from child and youth welfare, daycare, school, medicine, Frühe Hilfen and child protection.
  const attendees = [
    office,
    p("Kinder- und Jugendhilfe Kirchheimbolanden gGmbH"),
    p("Familienhilfe Kirchheimbolanden gGmbH"),
    p("Erziehungs- und Familienberatungsstelle Kirchheimbolanden"),
    p("Integrative Kita Märchenland Kirchheimbolanden"),
    p("Integrative Kita Wirbelwind Winnweiler"),
    p("Grundschule am See Rockenhausen"),
    p("Frauenarztpraxis Rockenhausen"),
    p("Frühförderstelle Kirchheimbolanden"),
    p("Hebammenpraxis Lebensanfang Kirchheimbolanden"),
    p("Familienzentrum Winnweiler"),
  ];
  net.member(office, MembershipRole.COORDINATOR, firstMeeting);
  for (const name of attendees.slice(1)) net.member(name, MembershipRole.MEMBER, firstMeeting);

  net.meeting({
    kind: MeetingKind.PLENARY,
    date: firstMeeting,
    title: "Erstes Netzwerktreffen Kinderschutz in neuer Konstellation",
    status: MeetingStatus.HELD,
    participantCount: 25,
    agenda: [
      { topic: "Strukturen des Netzwerks und der Zusammenarbeit festlegen", presentedBy: office },
      {
        topic:
          "Ideen zur Erfüllung der gesetzlichen Zielvorgaben im Donnersbergkreis: Angebote für die Öffentlichkeit und gezielt für Fachkräfte",
      },
    ],
    minutes:
      "25 Fachkräfte aus Kinder- und Jugendhilfe, Kita, Schule, Medizin, Frühe Hilfen und Kinderschutz. Die Teilnehmenden legten zunächst die " +
      "Strukturen des Netzwerks und der Zusammenarbeit fest und entwickelten im Anschluss Ideen, die gesetzlichen Zielvorgaben im " +
      "Donnersbergkreis zu erfüllen. Geplant sind Fachtage, Vorträge, Austauschtreffen der verschiedenen Berufsgruppen und vieles mehr.",
    attendees,
  });
  // Kept as the source announces it, even though the demo's "today" lies after it.
  net.meeting({
    kind: MeetingKind.PLENARY,
    date: "2026-05-20",
    place: "großer Sitzungssaal der Kreisverwaltung Donnersbergkreis",
    title: "Netzwerktreffen Kinderschutz",
    status: MeetingStatus.PLANNED,
  });

  net.milestone(firstMeeting, "Erstes Netzwerktreffen Kinderschutz in neuer Konstellation", {
    description: "Das Netzwerk Kinderschutz erweitert die bestehenden Netzwerke Frühe Hilfen und KipsE.",
  });
  net.goal("Strukturen des Netzwerks und der Zusammenarbeit festlegen", GoalScope.LOCAL, GoalState.ACHIEVED, 2025);
  net.goal(
    "Förderung der interdisziplinären Kooperation und der Handlungssicherheit aller Beteiligten bei Kinderschutzfällen",
    GoalScope.LOCAL,
    GoalState.IN_PROGRESS,
  );
  for (const title of ["Fachtage", "Vorträge", "Austauschtreffen der verschiedenen Berufsgruppen"]) {
    net.goal(title, GoalScope.LOCAL, GoalState.PLANNED, 2026);
  }

  // The mailing list: the coordinator, and volunteers (invented people, reserved example.org addresses).
  net.subscribeContact(office, YOUTH_OFFICE_COORDINATION.childProtection);
  net.subscribeContact(office, YOUTH_OFFICE_COORDINATION.earlyHelp);
  net.subscribePerson("Erika Mustermann", "erika.mustermann@example.org");
  net.subscribePerson("Max Beispiel", "max.beispiel@example.org");
  net.subscribePerson("Petra Platzhalter", "petra.platzhalter@example.org");
}

// ---------------------------------------------------------------------------------------------------------
// 004: Netzwerk Kinderschutz und Frühe Hilfen im Landkreis Börde, working groups NORD and SÜD
// ---------------------------------------------------------------------------------------------------------

const BOERDE = "15083";

/**
 * The source says only "in der vergangenen Woche"; the group plans for the "Tag der Regionen" 2025, so the
 * meetings are placed in autumn 2024 (assumed days, one week).
 */
export const BOERDE_MEETING_DAYS = { north: "2024-10-08", south: "2024-10-10" } as const;

function addBoerde(data: DemoDataBuilder): void {
  const office = NAMED.boerdeYouthOffice;
  const health = NAMED.boerdeHealthOffice;
  const p = (name: string): string => partner(BOERDE, name).name;
  const net = data.network({
    name: NETWORK_NAMES.boerde,
    kind: NetworkKind.COMBINED,
    regionKey: BOERDE,
    responsibleDistrictKey: BOERDE,
    responsibleOffice: office,
    coordinator: { organisation: office, function: YOUTH_OFFICE_COORDINATION.childProtection },
    description:
      "Die Arbeitsgruppen NORD und SÜD sind ein Vernetzungsangebot für alle Berufsgruppen und Institutionen im Landkreis Börde, die beruflich " +
      "mit Kindern, Jugendlichen und deren Familien in Kontakt stehen: Fachwissen einbringen, Perspektiven erweitern und tragfähige " +
      "Kooperationsstrukturen im präventiven und interventiven Kinderschutz entwickeln.",
  });

  // NORD: Haldensleben, Wolmirstedt, Barleben; SÜD: Oschersleben, Wanzleben (the district's north and south).
  const north = [
    office,
    health,
    p("Hebammenpraxis Lebensanfang Barleben"),
    p("Kinderarztpraxis am Bahnhof Barleben"),
    p("Schwangerschaftsberatungsstelle Barleben"),
    p("Kinder- und Jugendhaus Barleben e.V."),
    p("Kinder- und Jugendhaus Haldensleben e.V."),
    p("Kita Sonnenblume Haldensleben"),
    p("Polizeirevier Haldensleben"),
    p("Elterninitiative Wolmirstedt e.V."),
  ];
  const south = [
    office,
    p("Familienzentrum Oschersleben"),
    p("Sozialpädiatrisches Zentrum Oschersleben"),
    p("Grundschule am Markt Oschersleben"),
    p("Integrative Kita Wirbelwind Wanzleben"),
  ];
  net.member(office, MembershipRole.COORDINATOR);
  for (const name of [...new Set([...north, ...south])].filter((n) => n !== office))
    net.member(name, MembershipRole.MEMBER);

  net.workingGroup({ name: BOERDE_WORKING_GROUPS.north, kind: WorkingGroupKind.STANDING, members: north });
  net.workingGroup({ name: BOERDE_WORKING_GROUPS.south, kind: WorkingGroupKind.STANDING, members: south });

  const midwife = p("Hebammenpraxis Lebensanfang Barleben");
  net.meeting({
    workingGroup: BOERDE_WORKING_GROUPS.north,
    kind: MeetingKind.WORKING_GROUP,
    date: BOERDE_MEETING_DAYS.north,
    title: "Fachaustausch: gesundheitliche Lage von Kindern im Landkreis Börde",
    status: MeetingStatus.HELD,
    agenda: [
      {
        topic:
          "Gesundheitliche Lage von Kindern im Landkreis Börde: Ergebnisse der aktuellen Gesundheitsberichterstattung",
        presentedBy: health,
      },
      { topic: "Diskussion der Datenlage, der Ergebnisse und möglicher Ableitungen für die praktische Arbeit" },
      // Only that it took place and who brought the case in: never anything about the case.
      {
        topic: "Kollegiale Fallberatung (anonymisiert), Fall eingebracht von einer Familienhebamme",
        presentedBy: midwife,
      },
    ],
    minutes:
      "Das Gesundheitsamt stellte die Ergebnisse der aktuellen Gesundheitsberichterstattung in Bezug auf Kinder im Landkreis vor; die " +
      "Arbeitsgruppe diskutierte Datenlage, Ergebnisse und mögliche Ableitungen für die praktische Arbeit. Dem Wunsch nach Austausch über " +
      "Arbeitsbereiche, Arbeitsweisen und Handlungsmöglichkeiten wurde mit einer kollegialen Fallberatung entsprochen (anonymisiert, keine Falldaten).",
    attendees: north,
  });
  net.meeting({
    workingGroup: BOERDE_WORKING_GROUPS.south,
    kind: MeetingKind.WORKING_GROUP,
    date: BOERDE_MEETING_DAYS.south,
    place: "Oschersleben (Bode)",
    title: "Fachaustausch: neue Ideen und Ziele für die Weiterarbeit",
    status: MeetingStatus.HELD,
    agenda: [
      { topic: "Neue Ideen und eindeutig formulierte Ziele für die Weiterarbeit" },
      {
        topic:
          "Zusammenstellung landkreisweiter sozialpädagogischer, therapeutischer und freizeitbegleitender Gruppen- und Einzelangebote für Kinder (Angebotskatalog)",
      },
    ],
    attendees: south,
  });

  net.priority(2024, PriorityKind.TOPIC, "Gesundheitliche Lage von Kindern im Landkreis Börde");
  net.priority(2025, PriorityKind.FOCUS, "Angebotskatalog für Kinder: landkreisweite Gruppen- und Einzelangebote");
  net.goal(
    "Zusammenstellung landkreisweiter sozialpädagogischer, therapeutischer und freizeitbegleitender Gruppen- und Einzelangebote für Kinder (Angebotskatalog)",
    GoalScope.LOCAL,
    GoalState.IN_PROGRESS,
    2025,
  );
  net.goal(
    "Präsentation des Angebotskatalogs auf dem „Tag der Regionen“ 2025 in Oschersleben",
    GoalScope.LOCAL,
    GoalState.PLANNED,
    2025,
  );

  net.subscribeContact(office, YOUTH_OFFICE_COORDINATION.childProtection);
  net.subscribeContact(health, NAMED_CONTACT_FUNCTIONS.boerdeHealthReporting);
}

// ---------------------------------------------------------------------------------------------------------

/** The whole networks demo data set; the same `seed` always gives the same data. */
export function networkDemoData(seed: number = DEMO_SEED): NetworkDemoData {
  const data = new DemoDataBuilder();
  const mueritzMembers = addMueritz(data);
  addCluster3(data);
  addAlliance(data, seed);
  addDonnersberg(data);
  addBoerde(data);
  addSeenplatteLife(data, seed, {
    verbund: NETWORK_NAMES.seenplatteVerbund,
    mueritz: NETWORK_NAMES.mueritz,
    mueritzMembers,
    mueritzStandingTopic: MUERITZ_STANDING_TOPIC,
    mueritzGroups: [
      {
        name: MUERITZ_WORKING_GROUPS.daycare,
        meetingKind: MeetingKind.WORKING_GROUP,
        perYear: 2,
        topics: [
          "Schutzkonzepte in den Kitas der Region",
          "Gespräche mit Eltern bei Anhaltspunkten für eine Gefährdung",
          "Frühe Hilfen in der Kita: Angebote für Eltern",
        ],
        members: MUERITZ_GROUP_MEMBERS.daycare,
      },
      {
        name: MUERITZ_WORKING_GROUPS.caseConsultations,
        meetingKind: MeetingKind.ANONYMOUS_CASE_CONSULTATION,
        perYear: 2,
        topics: [],
        members: MUERITZ_GROUP_MEMBERS.caseConsultations,
      },
    ],
  });
  addDistrictNetworks(data, seed);
  return data.set;
}
