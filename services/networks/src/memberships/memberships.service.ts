import { BadUserInputError, fields, parseInput, type Caller, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { MembershipRole } from "./membership.enums.js";
import { createPart, assertCanAddToNetwork, partToEdit } from "../networks/network-parts.service.js";
import { Membership } from "./membership.entity.js";
import { assertCanBeginOn, assertCanEndOn } from "./memberships.rules.js";

export const membershipInput = z.object({
  networkId: fields.id("network"),
  organisationId: fields.id("organisation"),
  role: z.enum(MembershipRole),
  since: fields.isoDate().nullish(),
});

export const membershipUpdate = z.object({
  role: z.enum(MembershipRole).optional(),
  since: fields.isoDate().nullish(),
});
export const membershipEnd = z.object({ until: fields.isoDate() });

export async function addMembership(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Membership> {
  await assertCanAddToNetwork(em, caller, input);
  const data = parseInput(membershipInput, input);
  const current = await em.findOne(Membership, {
    network: data.networkId,
    organisationId: data.organisationId,
    until: null,
  });
  if (current) {
    throw new BadUserInputError(
      "The organisation is already a member; change its role or end the membership first.",
      [{ field: "input.organisationId", message: "already a member", reason: "ALREADY_MEMBER" }],
      "ALREADY_MEMBER",
    );
  }
  return createPart(em, caller, Membership, data.networkId, {
    organisationId: data.organisationId,
    role: data.role,
    since: data.since ?? undefined,
  });
}

export async function updateMembership(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Membership> {
  const [membership, data] = await partToEdit(em, caller, Membership, id, version, membershipUpdate, input);
  if (data.role) membership.role = data.role;
  if (data.since) assertCanBeginOn(membership, data.since);
  if (data.since !== undefined) membership.since = data.since ?? undefined;
  await em.flush();
  return membership;
}

/** Ends a membership; it stays as history (who was a member when), it is not deleted. */
export async function endMembership(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Membership> {
  const [membership, { until }] = await partToEdit(em, caller, Membership, id, version, membershipEnd, input);
  assertCanEndOn(membership, until);
  membership.until = until;
  await em.flush();
  return membership;
}
