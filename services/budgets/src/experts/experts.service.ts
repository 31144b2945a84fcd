import {
  assertStateOffice,
  assertVersion,
  fields,
  ForbiddenError,
  getById,
  parseInput,
  type Caller,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { Expert } from "./expert.entity.js";

const professions = z.array(fields.line().min(2).max(100)).min(1, { message: "name at least one profession" }).max(10);
export const expertInput = z.object({ name: fields.name(200), professions });
export const expertUpdate = z.object({ name: fields.name(200), professions, active: z.boolean() }).partial();

export function listExperts(em: SqlEntityManager, activeOnly: boolean): Promise<Expert[]> {
  return em.find(Expert, activeOnly ? { active: true } : {}, { orderBy: { createdAt: "asc", id: "asc" } });
}

/** Experts' names are personal data: the state office, which assigns them, reads them; others see professions. */
export function expertName(caller: Caller, expert: Expert): string {
  if (caller.role !== "STATE_OFFICE")
    throw new ForbiddenError("Experts' names are visible to the state office only.", "PERSONAL_DATA");
  return expert.name;
}

export async function createExpert(em: SqlEntityManager, caller: Caller, input: unknown): Promise<Expert> {
  assertStateOffice(caller, "keep the list of experts");
  const data = parseInput(expertInput, input);
  const expert = em.create(Expert, data);
  await em.flush();
  return expert;
}

export async function updateExpert(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<Expert> {
  assertStateOffice(caller, "keep the list of experts");
  const data = parseInput(expertUpdate, input);
  const expert = await getById(em, Expert, id);
  assertVersion(expert, version, "The expert");
  Object.assign(expert, data);
  await em.flush();
  return expert;
}
