/**
 * This subgraph's part of the nationwide data set (`generate germany`): the planned regions, youth offices and
 * partner organisations, their contact persons (the youth offices' coordinators under the plan's ids), offers and
 * cooperation agreements, with the change history of their creation.
 *
 * The plan fixes what other subgraphs refer to (ids, names, places); everything else is drawn here from random
 * streams of this subgraph, one per district and kind of record, so that a district's rows do not depend on which
 * other states are generated with it. Plausible and clearly fictional, in the style of the demo generator
 * (generate.ts): invented people, `.example` domains, "555" phone numbers.
 */
import { Random, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import {
  COORDINATOR_FUNCTIONS,
  NATIONWIDE_STATE_KEYS,
  NATIONWIDE_TODAY,
  nationwideContactId,
  type GeneratedAudit,
  type NationwideWriter,
  type PlannedOrganisation,
  type PlannedOrganisationKind,
} from "@kinderschutz/subgraph-kit/nationwide";
import type { FieldChanges } from "@kinderschutz/subgraph-kit";
import type { RequiredEntityData } from "@mikro-orm/core";
import { AgreementStatus, CooperationAgreement, LegalBasis } from "../agreements/cooperation-agreement.entity.js";
import { Contact } from "../contacts/contact.entity.js";
import { Offer, OfferKind } from "../offers/offer.entity.js";
import { Organisation } from "../organisations/organisation.entity.js";
import { DEFAULT_SECTOR, OrganisationKind, RecordStatus } from "../organisations/organisation.enums.js";
import { Region, RegionKind } from "../regions/region.entity.js";
import { agreementId, offerId } from "./demo-data.js";
import { slug } from "./generate.js";

/** Seed of this subgraph's streams; the plan has its own. */
const SEED = 20261122;

// ---------------------------------------------------------------------------------------------------------
// Name material (as the demo generator's: nobody real carries these names)
// ---------------------------------------------------------------------------------------------------------

const SURNAMES = ["Muster", "Mustermann", "Musterfrau", "Beispiel", "Beispielmann", "Probe", "Exempel", "Platzhalter", "Vorlage", "Fiktiv"];
const FIRST_NAMES = [
  "Anna", "Lena", "Katrin", "Sabine", "Julia", "Maria", "Petra", "Claudia", "Jana", "Heike", "Silke", "Anja",
  "Thomas", "Michael", "Stefan", "Frank", "Jens", "Uwe", "Martin", "Tobias", "Sebastian", "Kai", "Lars", "Paul",
];
const STREETS = [
  "Hauptstraße", "Schulstraße", "Bahnhofstraße", "Lindenstraße", "Am Markt", "Gartenstraße", "Friedensstraße",
  "Rosenweg", "Am See", "Goethestraße", "Schillerstraße", "Birkenweg", "Kirchstraße", "Parkstraße", "Wiesenweg",
  "Mühlenstraße", "Ringstraße", "Feldstraße",
];

type Kind = PlannedOrganisationKind;

/** Functional mailbox and the functions of contact persons, by kind (a partner gets none, one or two of them). */
const KINDS: Record<Kind, { mailbox: string; contactFunctions: readonly string[] }> = {
  YOUTH_OFFICE: { mailbox: "jugendamt", contactFunctions: COORDINATOR_FUNCTIONS },
  DAYCARE: { mailbox: "kontakt", contactFunctions: ["Leitung", "Kinderschutzfachkraft"] },
  SCHOOL: { mailbox: "sekretariat", contactFunctions: ["Schulleitung", "Schulsozialarbeit"] },
  HEALTH_OFFICE: { mailbox: "gesundheitsamt", contactFunctions: ["Kinder- und Jugendärztlicher Dienst", "Netzwerkkoordination"] },
  HOSPITAL: { mailbox: "info", contactFunctions: ["Koordination Kinderschutzgruppe", "Sozialdienst"] },
  MEDICAL_PRACTICE: { mailbox: "praxis", contactFunctions: ["Praxisleitung", "Kinderschutzbeauftragte Person"] },
  MIDWIFERY: { mailbox: "kontakt", contactFunctions: ["Familienhebamme", "Koordination Familienhebammen"] },
  EARLY_INTERVENTION: { mailbox: "kontakt", contactFunctions: ["Leitung", "Heilpädagogik"] },
  COUNSELLING_CENTRE: { mailbox: "beratung", contactFunctions: ["Leitung", "Beratungsfachkraft", "Insoweit erfahrene Fachkraft"] },
  INDEPENDENT_PROVIDER: { mailbox: "kontakt", contactFunctions: ["Geschäftsführung", "Insoweit erfahrene Fachkraft", "Netzwerkkoordination"] },
  FAMILY_EDUCATION: { mailbox: "kontakt", contactFunctions: ["Leitung", "Elternbildung"] },
  SOCIAL_WELFARE_OFFICE: { mailbox: "sozialamt", contactFunctions: ["Sachgebietsleitung"] },
  JOB_CENTRE: { mailbox: "jobcenter", contactFunctions: ["Beauftragte für Chancengleichheit am Arbeitsmarkt", "Teamleitung U25"] },
  POLICE: { mailbox: "inspektion", contactFunctions: ["Präventionsbeauftragte Person", "Opferschutz"] },
  FAMILY_COURT: { mailbox: "poststelle", contactFunctions: ["Geschäftsstelle Familiensachen"] },
  ASSOCIATION: { mailbox: "verein", contactFunctions: ["Vorstand", "Ehrenamtskoordination"] },
};

// ---------------------------------------------------------------------------------------------------------
// Agreements and offers (the demo generator's templates, fitted to the plan's names and kinds)
// ---------------------------------------------------------------------------------------------------------

interface AgreementTemplate {
  title: string;
  legalBasis: LegalBasis;
  partnerKinds: readonly Kind[];
  status?: AgreementStatus;
}

/** The first two every district with agreements has, in force (SGB VIII §8a(4), KKG §3); the rest are drawn. */
const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
  {
    title: "Vereinbarung zum Schutzauftrag nach § 8a SGB VIII mit freien Trägern",
    legalBasis: LegalBasis.SGB_VIII_8A,
    partnerKinds: ["INDEPENDENT_PROVIDER", "COUNSELLING_CENTRE", "FAMILY_EDUCATION", "DAYCARE"],
    status: AgreementStatus.SIGNED,
  },
  {
    title: "Kooperationsvereinbarung Netzwerk Frühe Hilfen und Kinderschutz",
    legalBasis: LegalBasis.KKG_3,
    partnerKinds: ["HEALTH_OFFICE", "HOSPITAL", "MIDWIFERY", "EARLY_INTERVENTION", "COUNSELLING_CENTRE", "JOB_CENTRE", "POLICE", "FAMILY_COURT"],
    status: AgreementStatus.SIGNED,
  },
  { title: "Kooperationsvereinbarung Kinderschutz in der Gesundheitshilfe", legalBasis: LegalBasis.KKG_4, partnerKinds: ["HOSPITAL", "MEDICAL_PRACTICE", "MIDWIFERY"] },
  { title: "Kooperationsvereinbarung Kinderschutz mit der Polizei", legalBasis: LegalBasis.SGB_VIII_8A, partnerKinds: ["POLICE"] },
  { title: "Kooperationsvereinbarung Kinderschutz an Schulen", legalBasis: LegalBasis.SGB_VIII_8A, partnerKinds: ["SCHOOL"] },
  {
    title: "Kooperationsvereinbarung Familienhebammen (Modellphase)",
    legalBasis: LegalBasis.KKG_3,
    partnerKinds: ["MIDWIFERY", "HEALTH_OFFICE"],
    status: AgreementStatus.EXPIRED,
  },
];

/** Share of districts whose youth office keeps its agreements in the system (the others have not entered them). */
const DISTRICTS_WITH_AGREEMENTS = 0.75;

interface OfferTemplate {
  title: string;
  kind: OfferKind;
  /** Who plausibly runs such an offer: one of these kinds, and where given, a name that fits too. */
  providerKinds: readonly Kind[];
  providerName?: RegExp;
  minAge?: number;
  maxAge?: number;
}

const PROVIDER_NAMES = /hilfe|Jugendwerk|Diakon|Caritas|AWO|Familienzentrum/;

const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  { title: "Soziale Gruppenarbeit für Grundschulkinder", kind: OfferKind.GROUP, providerKinds: ["INDEPENDENT_PROVIDER", "FAMILY_EDUCATION"], minAge: 6, maxAge: 10 },
  { title: "Gruppe für Kinder aus suchtbelasteten Familien", kind: OfferKind.GROUP, providerKinds: ["COUNSELLING_CENTRE", "INDEPENDENT_PROVIDER"], providerName: /Sucht|Erziehungs|hilfe|Diakon|Caritas/, minAge: 8, maxAge: 14 },
  { title: "Gruppe für Kinder psychisch kranker Eltern", kind: OfferKind.GROUP, providerKinds: ["COUNSELLING_CENTRE", "INDEPENDENT_PROVIDER"], providerName: /Erziehungs|hilfe|Lebenshilfe|Diakon/, minAge: 6, maxAge: 12 },
  { title: "Gruppe für Trennungs- und Scheidungskinder", kind: OfferKind.GROUP, providerKinds: ["COUNSELLING_CENTRE"], providerName: /Erziehungs/, minAge: 6, maxAge: 12 },
  { title: "Eltern-Kind-Gruppe im ersten Lebensjahr", kind: OfferKind.GROUP, providerKinds: ["FAMILY_EDUCATION", "MIDWIFERY"], minAge: 0, maxAge: 1 },
  { title: "Familiencafé", kind: OfferKind.GROUP, providerKinds: ["FAMILY_EDUCATION", "ASSOCIATION", "INDEPENDENT_PROVIDER"], providerName: /Famili|Kinderschutzbund/, minAge: 0, maxAge: 6 },
  { title: "Elterncafé in der Kita", kind: OfferKind.GROUP, providerKinds: ["DAYCARE"], minAge: 0, maxAge: 6 },
  { title: "Sprachförderung in Kleingruppen", kind: OfferKind.GROUP, providerKinds: ["DAYCARE"], minAge: 3, maxAge: 6 },
  { title: "Soziales Kompetenztraining", kind: OfferKind.GROUP, providerKinds: ["SCHOOL"], minAge: 6, maxAge: 16 },
  { title: "Gewaltprävention an Grundschulen", kind: OfferKind.GROUP, providerKinds: ["POLICE", "ASSOCIATION"], minAge: 6, maxAge: 10 },
  { title: "Geburtsvorbereitung und Elternschule", kind: OfferKind.GROUP, providerKinds: ["HOSPITAL", "MIDWIFERY"], minAge: 0, maxAge: 1 },
  { title: "Erziehungsberatung", kind: OfferKind.COUNSELLING, providerKinds: ["COUNSELLING_CENTRE"], providerName: /Erziehungs/, minAge: 0, maxAge: 17 },
  { title: "Schwangerschafts- und Konfliktberatung", kind: OfferKind.COUNSELLING, providerKinds: ["COUNSELLING_CENTRE"], providerName: /Schwangerschaft/ },
  { title: "Offene Sprechstunde Frühe Hilfen", kind: OfferKind.COUNSELLING, providerKinds: ["FAMILY_EDUCATION", "COUNSELLING_CENTRE", "MIDWIFERY"], providerName: /Famili|Schwangerschaft|Erziehungs|Hebamme/, minAge: 0, maxAge: 3 },
  { title: "Babylotsen-Sprechstunde", kind: OfferKind.COUNSELLING, providerKinds: ["HOSPITAL"], minAge: 0, maxAge: 1 },
  { title: "Entwicklungssprechstunde", kind: OfferKind.COUNSELLING, providerKinds: ["MEDICAL_PRACTICE"], minAge: 0, maxAge: 6 },
  { title: "Aufsuchende Begleitung durch Familienhebammen", kind: OfferKind.INDIVIDUAL, providerKinds: ["MIDWIFERY"], minAge: 0, maxAge: 1 },
  { title: "Erziehungsbeistand", kind: OfferKind.INDIVIDUAL, providerKinds: ["INDEPENDENT_PROVIDER"], providerName: PROVIDER_NAMES, minAge: 10, maxAge: 17 },
  { title: "Sozialpädagogische Familienhilfe", kind: OfferKind.INDIVIDUAL, providerKinds: ["INDEPENDENT_PROVIDER"], minAge: 0, maxAge: 17 },
  { title: "Heilpädagogische Einzelförderung", kind: OfferKind.THERAPEUTIC, providerKinds: ["EARLY_INTERVENTION"], minAge: 3, maxAge: 6 },
  { title: "Spieltherapie", kind: OfferKind.THERAPEUTIC, providerKinds: ["EARLY_INTERVENTION", "COUNSELLING_CENTRE"], providerName: /Früh|Erziehungs/, minAge: 4, maxAge: 10 },
  { title: "Ferienfreizeit", kind: OfferKind.LEISURE, providerKinds: ["ASSOCIATION", "INDEPENDENT_PROVIDER"], minAge: 8, maxAge: 14 },
  { title: "Offener Kindertreff", kind: OfferKind.LEISURE, providerKinds: ["INDEPENDENT_PROVIDER", "ASSOCIATION", "FAMILY_EDUCATION"], minAge: 6, maxAge: 12 },
];

/** Offers per organisation of a district (youth offices counted, though they run none here). */
const OFFERS_PER_ORGANISATION = 0.5;

const canProvide = (template: OfferTemplate, o: PlannedOrganisation) =>
  template.providerKinds.includes(o.kind) && (!template.providerName || template.providerName.test(o.name));

// ---------------------------------------------------------------------------------------------------------
// Times: the records were entered when the states joined the system (autumn 2021, before the five years of
// consultations), partners mostly in the months after, some later; nothing after "today" of the data.
// ---------------------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ROLLOUT = Date.parse("2021-09-01T07:00:00Z");
const LAST_MOMENT = Date.parse(`${NATIONWIDE_TODAY}T15:00:00Z`);

const moment = (ms: number) => new Date(Math.min(ms, LAST_MOMENT));
/** Some time in office hours (07:00–16:00 UTC) on the day `days` after `from`'s day. */
function officeTime(random: Random, from: number, days: number): number {
  return Math.floor(from / DAY) * DAY + days * DAY + 7 * 60 * MINUTE + random.int(0, 9 * 60) * MINUTE;
}

// ---------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------

/** What later steps need of a written organisation. */
interface Written {
  planned: PlannedOrganisation;
  createdAt: Date;
  domain: string;
}

type Row<T extends object> = RequiredEntityData<T>;

/** The change history entry the audit subscriber writes for a creation: each set field, from nothing. */
function creation(entityType: string, entityId: string, at: Date, ownerDistrictKey: string | undefined, fields: Record<string, unknown>): GeneratedAudit {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(fields)) if (value !== undefined) changes[field] = { before: null, after: value };
  return { entityType, entityId, at, ownerDistrictKey, changes };
}

function person(random: Random): { name: string; emailLocal: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return { name: `${first} ${last}`, emailLocal: `${slug(first)}.${slug(last)}` };
}

/** A fictional dialling code per town (the same for everyone there). */
const areaCodes = new Map<string, string>();
function areaCode(city: string): string {
  let code = areaCodes.get(city);
  if (!code) {
    const random = new Random(SEED, `area-code:${city}`);
    code = `0${random.int(2, 9)}${String(random.int(0, 999)).padStart(3, "0")}`;
    areaCodes.set(city, code);
  }
  return code;
}

function byDistrict<T extends { districtKey: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.districtKey);
    if (list) list.push(item);
    else map.set(item.districtKey, [item]);
  }
  return map;
}

export const writeNationwide: NationwideWriter = async (ctx) => {
  const { plan } = ctx;
  const existing = new Set((await ctx.em.find(Region, {}, { fields: ["key"] })).map((r) => r.key));
  ctx.em.clear();

  // Each district's records start on its day of joining; its regions are created then too.
  const districtJoined = new Map<string, number>();
  const joined = (districtKey: string): number => {
    let at = districtJoined.get(districtKey);
    if (at === undefined) {
      const random = new Random(SEED, `joined:${districtKey}`);
      at = officeTime(random, ROLLOUT, random.int(30, 120));
      districtJoined.set(districtKey, at);
    }
    return at;
  };

  // Regions, parents first (the plan lists them so): states, then each district with its municipalities.
  {
    const rows: Row<Region>[] = [];
    const audits: GeneratedAudit[] = [];
    for (const r of plan.regions) {
      if (existing.has(r.key)) continue;
      const districtKey = r.kind === "MUNICIPALITY" ? r.parentKey! : r.key;
      const at = r.kind === "STATE" ? new Date(ROLLOUT + NATIONWIDE_STATE_KEYS.indexOf(r.key) * MINUTE) : new Date(joined(districtKey) - (r.kind === "MUNICIPALITY" ? 0 : MINUTE));
      rows.push({ key: r.key, name: r.name, kind: RegionKind[r.kind], parent: r.parentKey, version: 1, createdAt: at, updatedAt: at });
      audits.push(creation("Region", r.key, at, undefined, { key: r.key, name: r.name, kind: r.kind, parent: r.parentKey }));
    }
    await ctx.insert(Region, rows, "Regionen");
    await ctx.audit(audits, "Änderungshistorie Regionen");
  }

  const offices = byDistrict(plan.youthOffices);
  const partners = byDistrict(plan.partners);
  const districtKeys = [...new Set([...offices.keys(), ...partners.keys()])];
  const written = new Map<string, Written[]>();

  // Organisations: the offices on the day their district joined, partners over the following months, a few later.
  {
    const rows: Row<Organisation>[] = [];
    const audits: GeneratedAudit[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `organisations:${districtKey}`);
      const start = joined(districtKey);
      const list: Written[] = [];
      const add = (o: PlannedOrganisation, at: Date) => {
        const office = o.kind === "YOUTH_OFFICE";
        // An office's domain is its region's (jugendamt@landkreis-x.example), as in the demo data.
        const domain = `${slug(office ? o.name.replace(/^Jugendamt /, "") : o.name)}.example`;
        const kind = OrganisationKind[o.kind];
        const row = {
          id: o.id,
          name: o.name,
          kind,
          sector: DEFAULT_SECTOR[kind],
          region: o.regionKey,
          districtKey: o.districtKey,
          street: `${random.pick(STREETS)} ${random.int(1, 80)}`,
          postalCode: o.postalCode,
          city: o.city,
          website: office ? `https://www.${domain}/jugendamt` : random.chance(0.5) ? `https://www.${domain}` : undefined,
          email: `${KINDS[o.kind].mailbox}@${domain}`,
          status: RecordStatus.ACTIVE,
        };
        rows.push({ ...row, version: 1, createdAt: at, updatedAt: at });
        audits.push(creation("Organisation", o.id, at, o.districtKey, row));
        list.push({ planned: o, createdAt: at, domain });
      };
      for (const o of offices.get(districtKey) ?? []) add(o, new Date(start + random.int(1, 30) * MINUTE));
      for (const o of partners.get(districtKey) ?? []) {
        const days = random.chance(0.85) ? random.int(1, 240) : random.int(241, 1_900);
        add(o, moment(officeTime(random, start, days)));
      }
      written.set(districtKey, list);
    }
    await ctx.insert(Organisation, rows, "Organisationen");
    await ctx.audit(audits, "Änderungshistorie Organisationen");
  }

  // Contact persons: each youth office's two coordinators under the plan's ids, none to two at each partner.
  {
    const rows: Row<Contact>[] = [];
    const audits: GeneratedAudit[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `contacts:${districtKey}`);
      for (const w of written.get(districtKey)!) {
        const o = w.planned;
        const functions = o.kind === "YOUTH_OFFICE" ? COORDINATOR_FUNCTIONS : random.sample(KINDS[o.kind].contactFunctions, random.int(0, 2));
        for (const fn of functions) {
          const p = person(random);
          const at = moment(w.createdAt.getTime() + random.int(5, o.kind === "YOUTH_OFFICE" ? 60 : 20 * 24 * 60) * MINUTE);
          const row = {
            id: nationwideContactId(o.id, fn),
            organisation: o.id,
            districtKey: o.districtKey,
            function: fn,
            name: p.name,
            email: `${p.emailLocal}@${w.domain}`,
            phone: `${areaCode(o.city)} 555 ${String(random.int(0, 9999)).padStart(4, "0")}`,
          };
          rows.push({ ...row, version: 1, createdAt: at, updatedAt: at });
          audits.push(creation("Contact", row.id, at, o.districtKey, row));
        }
      }
    }
    await ctx.insert(Contact, rows, "Ansprechpersonen");
    await ctx.audit(audits, "Änderungshistorie Ansprechpersonen");
  }

  // Offers: about half as many as the district has organisations, each a distinct title at its provider.
  {
    const rows: Row<Offer>[] = [];
    const audits: GeneratedAudit[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `offers:${districtKey}`);
      const list = written.get(districtKey)!;
      const possible = list.flatMap((w) => OFFER_TEMPLATES.filter((t) => canProvide(t, w.planned)).map((template) => ({ w, template })));
      for (const { w, template } of random.sample(possible, Math.round(list.length * OFFERS_PER_ORGANISATION))) {
        const o = w.planned;
        const at = moment(officeTime(random, w.createdAt.getTime(), random.int(1, 400)));
        const row = {
          id: offerId(o.name, template.title),
          title: template.title,
          kind: template.kind,
          provider: o.id,
          region: o.regionKey,
          districtKey: o.districtKey,
          minAge: template.minAge,
          maxAge: template.maxAge,
          status: RecordStatus.ACTIVE,
        };
        rows.push({ ...row, version: 1, createdAt: at, updatedAt: at });
        audits.push(creation("Offer", row.id, at, o.districtKey, row));
      }
    }
    await ctx.insert(Offer, rows, "Angebote");
    await ctx.audit(audits, "Änderungshistorie Angebote");
  }

  // Cooperation agreements of a share of districts, kept by the district's own youth office.
  {
    const rows: Row<CooperationAgreement>[] = [];
    const parties: { agreement: string; organisation: string }[] = [];
    const audits: GeneratedAudit[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `agreements:${districtKey}`);
      if (!random.chance(DISTRICTS_WITH_AGREEMENTS)) continue;
      const list = written.get(districtKey)!;
      const keeper = list.find((w) => w.planned.kind === "YOUTH_OFFICE" && w.planned.regionKey === districtKey);
      if (!keeper) continue;
      const templates = [...AGREEMENT_TEMPLATES.slice(0, 2), ...random.sample(AGREEMENT_TEMPLATES.slice(2), random.int(0, 3))];
      for (const template of templates) {
        const eligible = list.filter((w) => template.partnerKinds.includes(w.planned.kind));
        if (eligible.length === 0) continue;
        const chosen = random.sample(eligible, random.int(1, Math.min(6, eligible.length)));
        const status = template.status ?? (random.chance(0.5) ? AgreementStatus.SIGNED : random.chance(0.6) ? AgreementStatus.PLANNED : AgreementStatus.EXPIRED);
        let signedOn: string | undefined;
        let validUntil: string | undefined;
        if (status === AgreementStatus.SIGNED) {
          // Networks after KKG §3 exist since the federal act of 2012.
          signedOn = random.date(2012, 2024);
          if (random.chance(0.3)) validUntil = `${Number(signedOn.slice(0, 4)) + 5}-12-31`;
          if (validUntil && validUntil < "2026-01-01") validUntil = undefined;
        } else if (status === AgreementStatus.EXPIRED) {
          signedOn = random.date(2012, 2018);
          validUntil = `${Number(signedOn.slice(0, 4)) + random.int(2, 5)}-12-31`;
        }
        // Entered once all its parties were in the system.
        const latest = Math.max(keeper.createdAt.getTime(), ...chosen.map((w) => w.createdAt.getTime()));
        const at = moment(officeTime(random, latest, random.int(1, 60)));
        const k = keeper.planned;
        const row = {
          id: agreementId(k.name, template.title),
          title: template.title,
          legalBasis: template.legalBasis,
          status,
          signedOn,
          validUntil,
          keeper: k.id,
          districtKey: k.districtKey,
        };
        rows.push({ ...row, version: 1, createdAt: at, updatedAt: at });
        audits.push(creation("CooperationAgreement", row.id, at, k.districtKey, row));
        for (const w of [keeper, ...chosen]) parties.push({ agreement: row.id, organisation: w.planned.id });
      }
    }
    await ctx.insert(CooperationAgreement, rows, "Kooperationsvereinbarungen");
    await insertParties(ctx.em, parties, ctx.progress);
    await ctx.audit(audits, "Änderungshistorie Kooperationsvereinbarungen");
  }
};

/** The parties sit in the generated pivot entity of `CooperationAgreement.parties`, which has no class to name. */
async function insertParties(em: SqlEntityManager, parties: readonly { agreement: string; organisation: string }[], progress: (step: string, done: number, total: number) => void) {
  const metadata = em.getMetadata();
  const pivot = metadata.find(metadata.get(CooperationAgreement.name).properties.parties!.pivotEntity)!;
  const props = Object.values(pivot.properties);
  const owner = props.find((p) => p.type === CooperationAgreement.name)!.name;
  const target = props.find((p) => p.type === Organisation.name)!.name;
  const chunk = 1_000;
  for (let i = 0; i < parties.length; i += chunk) {
    await em.insertMany(pivot.className, parties.slice(i, i + chunk).map((p) => ({ [owner]: p.agreement, [target]: p.organisation })));
    progress("Vertragsparteien", Math.min(i + chunk, parties.length), parties.length);
  }
}
