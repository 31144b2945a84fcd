import {
  because,
  fields,
  parseInput,
  redactAuditHistory,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { createPart, assertCanAddToNetwork, removePart } from "../networks/network-parts.service.js";
import { Subscription } from "./subscription.entity.js";

export const subscriptionInput = z
  .object({
    networkId: fields.id("network"),
    contactId: fields.id("contact").nullish(),
    name: fields.optionalText(200),
    email: z.email({ message: "must be an e-mail address" }).max(254).nullish(),
  })
  .refine((s) => !!s.contactId !== !!s.email, {
    message: "give either a contact or an e-mail address",
    path: ["email"],
    ...because("REQUIRED"),
  });

export async function subscribe(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Subscription> {
  await assertCanAddToNetwork(em, caller, input);
  const data = parseInput(subscriptionInput, input);
  return createPart(em, caller, Subscription, data.networkId, {
    contactId: data.contactId ?? undefined,
    name: data.contactId ? undefined : (data.name ?? undefined),
    email: data.email ?? undefined,
  });
}

/** Taking an entry off the list takes its personal data with it, from the change history too. */
export function unsubscribe(em: SqlEntityManager, caller: Caller, id: string, version: number): Promise<boolean> {
  return em.transactional(async (em) => {
    await removePart(em, caller, Subscription, id, version);
    await redactAuditHistory(em, "Subscription", id, ["name", "email"]);
    return true;
  });
}
