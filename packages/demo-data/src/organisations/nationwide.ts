/**
 * The organisations subgraph's part of the nationwide data set (`generate germany`): the planned regions, youth offices and
 * partner organisations, their contact persons (the youth offices' coordinators under the plan's ids), offers and
 * cooperation agreements, with the change history of their creation.
 *
 * The plan fixes what other subgraphs refer to (ids, names, places); everything else is drawn here from random
 * streams of this subgraph, one per district and kind of record, so that a district's rows do not depend on which
 * other states are generated with it. Plausible and clearly fictional, in the style of the demo generator
 * (`generate.ts`): invented people, `.example` domains, "555" phone numbers.
 *
 * The rows are drawn here and stored by the subgraph: its `generation.ts` names the entity of each table
 * (`nationwide-tables.ts`) and gives what the subgraph decides itself, the sector of an organisation's kind.
 */
import { Random } from "@kinderschutz/subgraph-kit";
import {
  COORDINATOR_FUNCTIONS,
  creationChanges,
  NATIONWIDE_STATE_KEYS,
  NATIONWIDE_TODAY,
  nationwideContactId,
  type GenerationContext,
  type GeneratedAudit,
  type NationwideWriter,
  type PlannedOrganisation,
  type PlannedOrganisationKind,
} from "../nationwide/index.js";
import { agreementId, offerId, slug } from "./demo-data.js";
import {
  AGREEMENT_TEMPLATES,
  agreementTerms,
  canProvide,
  KINDS,
  OFFER_TEMPLATES,
  person,
  phoneNumber,
  STREETS,
} from "./generate.js";
import type { NationwideTables, OrganisationRules, Table } from "./nationwide-tables.js";
import { RecordStatus } from "./vocabulary.js";

/** Seed of this subgraph's streams; the plan has its own. */
const SEED = 20261122;

// ---------------------------------------------------------------------------------------------------------
// Kinds, agreements and offers: the demo generator's (generate.ts), fitted to the plan's names and kinds
// ---------------------------------------------------------------------------------------------------------

type Kind = PlannedOrganisationKind;

/** The youth office's mailbox (the demo's offices use it too); police stations are inspections in the plan. */
const MAILBOXES: Partial<Record<Kind, string>> = { YOUTH_OFFICE: "jugendamt", POLICE: "inspektion" };
const mailbox = (kind: Kind): string => MAILBOXES[kind] ?? KINDS[kind]!.mailbox;

/** Share of districts whose youth office keeps its agreements in the system (the others have not entered them). */
const DISTRICTS_WITH_AGREEMENTS = 0.75;

/** Offers per organisation of a district (youth offices counted, though they run none here). */
const OFFERS_PER_ORGANISATION = 0.5;

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

/** The change history entry the audit subscriber writes for a creation (`ownerRecordId`: the organisation it hangs on). */
function creation(
  entityType: Table,
  entityId: string,
  at: Date,
  ownerDistrictKey: string | undefined,
  fields: Record<string, unknown>,
  ownerRecordId?: string,
): GeneratedAudit<Table> {
  return { entityType, entityId, at, ownerDistrictKey, ownerRecordId, changes: creationChanges(fields) };
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

/** The writer of the subgraph's part; the subgraph gives the rules that are its own. */
export const nationwideWriter =
  (rules: OrganisationRules): NationwideWriter<NationwideTables> =>
  (ctx) =>
    writeNationwide(ctx, rules);

async function writeNationwide(ctx: GenerationContext<NationwideTables>, rules: OrganisationRules): Promise<void> {
  const { plan } = ctx;
  const existing = new Set(await ctx.stored("Region", "key"));

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
    const rows: NationwideTables["Region"][] = [];
    const audits: GeneratedAudit<Table>[] = [];
    for (const r of plan.regions) {
      if (existing.has(r.key)) continue;
      const districtKey = r.kind === "MUNICIPALITY" ? r.parentKey! : r.key;
      const at =
        r.kind === "STATE"
          ? new Date(ROLLOUT + NATIONWIDE_STATE_KEYS.indexOf(r.key) * MINUTE)
          : new Date(joined(districtKey) - (r.kind === "MUNICIPALITY" ? 0 : MINUTE));
      rows.push({
        key: r.key,
        name: r.name,
        kind: r.kind,
        parent: r.parentKey,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      audits.push(
        creation("Region", r.key, at, undefined, { key: r.key, name: r.name, kind: r.kind, parent: r.parentKey }),
      );
    }
    await ctx.insert("Region", rows, "Regionen");
    await ctx.audit(audits, "Änderungshistorie Regionen");
  }

  const offices = byDistrict(plan.youthOffices);
  const partners = byDistrict(plan.partners);
  const districtKeys = [...new Set([...offices.keys(), ...partners.keys()])];
  const written = new Map<string, Written[]>();

  // Organisations: the offices on the day their district joined, partners over the following months, a few later.
  {
    const rows: NationwideTables["Organisation"][] = [];
    const audits: GeneratedAudit<Table>[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `organisations:${districtKey}`);
      const start = joined(districtKey);
      const list: Written[] = [];
      const add = (o: PlannedOrganisation, at: Date) => {
        const office = o.kind === "YOUTH_OFFICE";
        // An office's domain is its region's (jugendamt@landkreis-x.example), as in the demo data.
        const domain = `${slug(office ? o.name.replace(/^Jugendamt /, "") : o.name)}.example`;
        const kind = o.kind;
        const row = {
          id: o.id,
          name: o.name,
          kind,
          sector: rules.sectorOf(kind),
          region: o.regionKey,
          districtKey: o.districtKey,
          street: `${random.pick(STREETS)} ${random.int(1, 80)}`,
          postalCode: o.postalCode,
          city: o.city,
          website: office
            ? `https://www.${domain}/jugendamt`
            : random.chance(0.5)
              ? `https://www.${domain}`
              : undefined,
          email: `${mailbox(o.kind)}@${domain}`,
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
    await ctx.insert("Organisation", rows, "Organisationen");
    await ctx.audit(audits, "Änderungshistorie Organisationen");
  }

  // Contact persons: each youth office's two coordinators under the plan's ids, none to two at each partner.
  {
    const rows: NationwideTables["Contact"][] = [];
    const audits: GeneratedAudit<Table>[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `contacts:${districtKey}`);
      for (const w of written.get(districtKey)!) {
        const o = w.planned;
        const functions =
          o.kind === "YOUTH_OFFICE"
            ? COORDINATOR_FUNCTIONS
            : random.sample(KINDS[o.kind]!.contactFunctions, random.int(0, 2));
        for (const fn of functions) {
          const p = person(random);
          const at = moment(
            w.createdAt.getTime() + random.int(5, o.kind === "YOUTH_OFFICE" ? 60 : 20 * 24 * 60) * MINUTE,
          );
          const row = {
            id: nationwideContactId(o.id, fn),
            organisation: o.id,
            districtKey: o.districtKey,
            function: fn,
            name: p.name,
            email: `${p.emailLocal}@${w.domain}`,
            phone: phoneNumber(areaCode(o.city), random),
          };
          rows.push({ ...row, version: 1, createdAt: at, updatedAt: at });
          audits.push(creation("Contact", row.id, at, o.districtKey, row, o.id));
        }
      }
    }
    await ctx.insert("Contact", rows, "Ansprechpersonen");
    await ctx.audit(audits, "Änderungshistorie Ansprechpersonen");
  }

  // Offers: about half as many as the district has organisations, each a distinct title at its provider.
  {
    const rows: NationwideTables["Offer"][] = [];
    const audits: GeneratedAudit<Table>[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `offers:${districtKey}`);
      const list = written.get(districtKey)!;
      const possible = list.flatMap((w) =>
        OFFER_TEMPLATES.filter((t) => canProvide(t, w.planned)).map((template) => ({ w, template })),
      );
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
        audits.push(creation("Offer", row.id, at, o.districtKey, row, o.id));
      }
    }
    await ctx.insert("Offer", rows, "Angebote");
    await ctx.audit(audits, "Änderungshistorie Angebote");
  }

  // Cooperation agreements of a share of districts, kept by the district's own youth office.
  {
    const rows: NationwideTables["CooperationAgreement"][] = [];
    const parties: [string, string][] = [];
    const audits: GeneratedAudit<Table>[] = [];
    for (const districtKey of districtKeys) {
      const random = new Random(SEED, `agreements:${districtKey}`);
      if (!random.chance(DISTRICTS_WITH_AGREEMENTS)) continue;
      const list = written.get(districtKey)!;
      const keeper = list.find((w) => w.planned.kind === "YOUTH_OFFICE" && w.planned.regionKey === districtKey);
      if (!keeper) continue;
      const templates = [
        ...AGREEMENT_TEMPLATES.slice(0, 2),
        ...random.sample(AGREEMENT_TEMPLATES.slice(2), random.int(0, 3)),
      ];
      for (const template of templates) {
        const eligible = list.filter((w) => template.partnerKinds.includes(w.planned.kind));
        if (eligible.length === 0) continue;
        const chosen = random.sample(eligible, random.int(1, Math.min(6, eligible.length)));
        const { status, signedOn, validUntil } = agreementTerms(template, random);
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
        audits.push(creation("CooperationAgreement", row.id, at, k.districtKey, row, k.id));
        for (const w of [keeper, ...chosen]) parties.push([row.id, w.planned.id]);
      }
    }
    await ctx.insert("CooperationAgreement", rows, "Kooperationsvereinbarungen");
    await ctx.link("CooperationAgreement", "parties", parties, "Vertragsparteien");
    await ctx.audit(audits, "Änderungshistorie Kooperationsvereinbarungen");
  }
}

export type { NationwideTables, OrganisationRules } from "./nationwide-tables.js";
