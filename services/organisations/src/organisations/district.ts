import {
  assertCanChangeDistrict,
  assertMayChange,
  getById,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { EntityClass } from "@mikro-orm/core";
import { CooperationAgreement } from "../agreements/cooperation-agreement.entity.js";
import { Contact } from "../contacts/contact.entity.js";
import { Offer } from "../offers/offer.entity.js";
import { Organisation } from "./organisation.entity.js";

/**
 * Moves organisations to the youth office of another district together with everything that hangs on them
 * (contacts, offers, the agreements they keep), so that rules and personal-data visibility follow at once.
 * Changed through the unit of work: every record's move is in the change history, and the audit trail hands
 * each organisation's earlier history (its contacts', offers' and agreements' with it) to the new district.
 */
export async function reassignDistrict(
  em: SqlEntityManager,
  organisations: Organisation[],
  districtKey: string | undefined,
): Promise<void> {
  const moving = organisations.filter((o) => o.districtKey !== districtKey);
  if (moving.length === 0) return;
  const ids = moving.map((o) => o.id);
  const [contacts, offers, agreements] = await Promise.all([
    em.find(Contact, { organisation: { $in: ids } }),
    em.find(Offer, { provider: { $in: ids } }),
    em.find(CooperationAgreement, { keeper: { $in: ids } }),
  ]);
  for (const record of [...moving, ...contacts, ...offers, ...agreements]) record.districtKey = districtKey;
}

/**
 * A record that belongs to a district (a contact, an offer, an agreement) for a change, with the checks that come
 * before its input is read: the caller's role, the record, the caller's right to change its district's records.
 */
export async function districtRecordToChange<T extends { id: string; districtKey?: string }>(
  em: SqlEntityManager,
  caller: Caller,
  entity: EntityClass<T>,
  id: string,
  what: string,
  options: { populate?: string[] } = {},
): Promise<T> {
  assertMayChange(caller);
  const record = await getById(em, entity, id, options);
  assertCanChangeDistrict(caller, record.districtKey, what);
  return record;
}
