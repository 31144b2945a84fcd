import { fields, parseInput, type Caller, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { GoalScope, GoalState, PriorityKind } from "./plan.enums.js";
import { createPart, assertCanAddToNetwork, partToEdit } from "../networks/network-parts.service.js";
import { Goal, Priority } from "./plan.entities.js";

const year = z.number().int().min(1990, { message: "1990 or later" }).max(2100, { message: "2100 or earlier" });

const priorityFields = { year, kind: z.enum(PriorityKind), title: fields.name(500) };
export const priorityInput = z.object({ networkId: fields.id("network"), ...priorityFields });
export const priorityUpdate = z.object(priorityFields).partial();

const goalFields = {
  title: fields.name(500),
  scope: z.enum(GoalScope),
  state: z.enum(GoalState),
  year: year.nullish(),
};
export const goalInput = z.object({ networkId: fields.id("network"), ...goalFields });
export const goalUpdate = z.object(goalFields).partial();

export async function createPriority(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Priority> {
  await assertCanAddToNetwork(em, caller, input);
  const { networkId, ...data } = parseInput(priorityInput, input);
  return createPart(em, caller, Priority, networkId, data);
}

export async function updatePriority(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Priority> {
  const [priority, data] = await partToEdit(em, caller, Priority, id, version, priorityUpdate, input);
  Object.assign(priority, data);
  await em.flush();
  return priority;
}

export async function createGoal(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Goal> {
  await assertCanAddToNetwork(em, caller, input);
  const { networkId, year: goalYear, ...data } = parseInput(goalInput, input);
  return createPart(em, caller, Goal, networkId, { ...data, year: goalYear ?? undefined });
}

export async function updateGoal(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Goal> {
  const [goal, { year: goalYear, ...data }] = await partToEdit(em, caller, Goal, id, version, goalUpdate, input);
  Object.assign(goal, data);
  if (goalYear !== undefined) goal.year = goalYear ?? undefined;
  await em.flush();
  return goal;
}
