import {
  matching,
  assertCanChangeDistrict,
  assertMayChange,
  assertVersion,
  canReadPersonalData,
  fields,
  ForbiddenError,
  getById,
  parseInput,
  redactAuditHistory,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { districtRecordToChange } from "../organisations/district.js";
import { parseAttachedInput } from "../organisations/organisations.service.js";
import { Contact } from "./contact.entity.js";

const contactFields = {
  function: fields.line().min(2, { message: "at least 2 characters" }).max(200),
  name: fields.optionalText(200),
  email: fields.optionalEmail(),
  phone: fields.optional(
    matching(/^\+?[0-9 ()/-]{3,50}$/, "digits, spaces and + ( ) / - only", "INVALID_PHONE", z.string().trim()),
  ),
};

export const contactInput = z.object({
  organisationId: z.uuid({ message: "must be an organisation id" }),
  ...contactFields,
});
export const contactUpdate = z.object(contactFields).partial();

export const PERSONAL_FIELDS = ["name", "email", "phone"] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/**
 * A contact's personal data for this caller. Analysts and other districts' youth offices get a FORBIDDEN error
 * for the field (its value becomes null), so a query that asks for it learns why it is missing.
 */
/** Contacts by id, for naming them; who may read their personal fields is decided field by field as ever. */
export function contactsById(em: SqlEntityManager, ids: string[]): Promise<Contact[]> {
  return em.find(Contact, { id: { $in: parseInput(fields.ids("contact"), ids, "ids") } }, { orderBy: { id: "asc" } });
}

export function personalData(caller: Caller, contact: Contact, field: PersonalField): string | null {
  if (!canReadPersonalData(caller, contact.districtKey)) {
    throw new ForbiddenError(
      "Contacts' names, e-mail addresses and phone numbers are visible only to the state office and the owning youth office.",
      "PERSONAL_DATA",
    );
  }
  return contact[field] ?? null;
}

export async function createContact(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Contact> {
  const [data, organisation] = await parseAttachedInput(em, caller, input, contactInput, "organisationId");
  const contact = em.create(Contact, {
    organisation,
    districtKey: organisation.districtKey,
    function: data.function,
    name: data.name ?? undefined,
    email: data.email ?? undefined,
    phone: data.phone ?? undefined,
  });
  await em.flush();
  return contact;
}

export async function updateContact(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Contact> {
  const contact = await districtRecordToChange(em, caller, Contact, id, "this contact");
  const data = parseInput(contactUpdate, input);
  assertVersion(contact, version, "The contact");
  if (contact.erasedAt && PERSONAL_FIELDS.some((f) => data[f])) {
    throw new ForbiddenError(
      "This contact's personal data was erased on request; create a new contact instead.",
      "CONTACT_ERASED",
    );
  }
  if (data.function !== undefined) contact.function = data.function;
  for (const field of PERSONAL_FIELDS) {
    if (data[field] !== undefined) contact[field] = data[field] ?? undefined;
  }
  await em.flush();
  return contact;
}

/**
 * Erasure on request (GDPR Art. 17): the personal data goes, from the record and from its change history;
 * the record stays, so networks and meetings that refer to the contact keep working.
 */
export function eraseContact(em: SqlEntityManager, caller: Caller, id: string): Promise<Contact> {
  assertMayChange(caller);
  return em.transactional(async (em) => {
    const contact = await getById(em, Contact, id);
    assertCanChangeDistrict(caller, contact.districtKey, "this contact");
    if (contact.erasedAt) return contact;
    for (const field of PERSONAL_FIELDS) contact[field] = undefined;
    contact.erasedAt = new Date();
    await em.flush();
    await redactAuditHistory(em, "Contact", contact.id, PERSONAL_FIELDS);
    return contact;
  });
}
