import { fields, parseInput, type Caller, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { DatePrecision } from "./milestone.enums.js";
import { createPart, assertCanAddToNetwork, partToEdit } from "../networks/network-parts.service.js";
import { Milestone } from "./milestone.entity.js";

const milestoneFields = {
  date: fields.isoDate(),
  precision: z.enum(DatePrecision).optional(),
  title: fields.name(500),
  description: fields.optionalMultilineText(5000),
};
export const milestoneInput = z.object({ networkId: fields.id("network"), ...milestoneFields });
export const milestoneUpdate = z.object(milestoneFields).partial();

export async function createMilestone(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Milestone> {
  await assertCanAddToNetwork(em, caller, input);
  const { networkId, description, ...data } = parseInput(milestoneInput, input);
  return createPart(em, caller, Milestone, networkId, { ...data, description: description ?? undefined });
}

export async function updateMilestone(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Milestone> {
  const [milestone, { description, ...data }] = await partToEdit(
    em,
    caller,
    Milestone,
    id,
    version,
    milestoneUpdate,
    input,
  );
  Object.assign(milestone, data);
  if (description !== undefined) milestone.description = description ?? undefined;
  await em.flush();
  return milestone;
}
