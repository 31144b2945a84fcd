import { fields, parseInput, type Caller, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { WorkingGroupKind, WorkingGroupStatus } from "./working-group.enums.js";
import { createPart, assertCanAddToNetwork, partToEdit } from "../networks/network-parts.service.js";
import { WorkingGroup, WorkingGroupMember } from "./working-group.entity.js";
import { assertWorkingGroupState } from "./working-groups.rules.js";

const groupFields = {
  name: fields.name(),
  kind: z.enum(WorkingGroupKind),
  foundedOn: fields.isoDate().nullish(),
  memberIds: z.array(fields.id("organisation")).max(200).optional(),
};

export const workingGroupInput = z.object({ networkId: fields.id("network"), ...groupFields });
export const workingGroupUpdate = z
  .object({
    ...groupFields,
    status: z.enum(WorkingGroupStatus),
    endedOn: fields.isoDate().nullish(),
    continuedByOrganisationId: fields.id("organisation").nullish(),
    statusNote: fields.optionalText(500),
  })
  .partial();

async function setMembers(em: SqlEntityManager, group: WorkingGroup, organisationIds: string[]): Promise<void> {
  const current = await em.find(WorkingGroupMember, { workingGroup: group });
  const wanted = new Set(organisationIds);
  for (const member of current) if (!wanted.has(member.organisationId)) em.remove(member);
  const kept = new Set(current.map((m) => m.organisationId));
  for (const organisationId of wanted) {
    if (!kept.has(organisationId))
      em.create(WorkingGroupMember, { workingGroup: group, organisationId, districtKey: group.districtKey });
  }
}

export async function createWorkingGroup(em: SqlEntityManager, caller: Caller, input: unknown): Promise<WorkingGroup> {
  await assertCanAddToNetwork(em, caller, input);
  const data = parseInput(workingGroupInput, input);
  const group = await createPart(em, caller, WorkingGroup, data.networkId, {
    name: data.name,
    kind: data.kind,
    foundedOn: data.foundedOn ?? undefined,
  });
  if (data.memberIds?.length) {
    await setMembers(em, group, data.memberIds);
    await em.flush();
  }
  return group;
}

export async function updateWorkingGroup(
  em: SqlEntityManager,
  caller: Caller,
  id: string,
  version: number,
  input: unknown,
): Promise<WorkingGroup> {
  const [group, data] = await partToEdit(em, caller, WorkingGroup, id, version, workingGroupUpdate, input);
  const next = {
    status: data.status ?? group.status,
    foundedOn: data.foundedOn === undefined ? group.foundedOn : data.foundedOn,
    endedOn: data.endedOn === undefined ? group.endedOn : data.endedOn,
    continuedByOrganisationId:
      data.continuedByOrganisationId === undefined ? group.continuedByOrganisationId : data.continuedByOrganisationId,
  };
  assertWorkingGroupState(next);
  if (data.name) group.name = data.name;
  if (data.kind) group.kind = data.kind;
  if (data.statusNote !== undefined) group.statusNote = data.statusNote ?? undefined;
  group.status = next.status;
  group.foundedOn = next.foundedOn ?? undefined;
  group.endedOn = next.endedOn ?? undefined;
  group.continuedByOrganisationId = next.continuedByOrganisationId ?? undefined;
  if (data.memberIds) await setMembers(em, group, data.memberIds);
  await em.flush();
  return group;
}
