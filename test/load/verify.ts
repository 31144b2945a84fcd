/**
 * After the load: reads back through the graph what is stored and compares it with the ledger. Every
 * acknowledged write must be there with its values, nothing refused may be, and the contingents must add up.
 * Returns each difference as a sentence (an empty list is the pass).
 */
import { isDeepStrictEqual } from "node:util";
import type { Client } from "./client.js";
import { POOL, type Ledger } from "./ledger.js";
import { allConsultations, dataOf, LOAD_YEAR, STATE_KEY, type Operations, type World } from "./world.js";

const json = (value: unknown) => JSON.stringify(value);

export async function verify(client: Client, ops: Operations, world: World, ledger: Ledger): Promise<string[]> {
  const problems: string[] = [...ledger.oddities];

  // Organisations: each acknowledged update raised the version by one, none was lost, none refused was stored.
  const editedIds = [...new Set([...ledger.organisationUpdates.keys(), ...ledger.organisationRefusals.keys()])];
  const organisations = await Promise.all(
    editedIds.map(
      async (id) =>
        dataOf<any>(
          await client.gql("OrganisationForEdit", ops.OrganisationForEdit, { id }),
          `reading organisation ${id}`,
        ).organisation,
    ),
  );
  for (const [i, id] of editedIds.entries()) {
    const initial = world.initial.organisationVersions.get(id);
    const stored = organisations[i];
    if (initial === undefined) {
      problems.push(`organisation ${id} was edited but its version before the load is unknown`);
      continue;
    }
    const acks = [...(ledger.organisationUpdates.get(id) ?? [])].sort(
      (a, b) => (a.version as number) - (b.version as number),
    );
    const versions = acks.map((a) => a.version);
    const chain = acks.map((_, i) => initial + i + 1);
    if (!isDeepStrictEqual(versions, chain))
      problems.push(`organisation ${id}: acknowledged versions ${json(versions)}, expected one each of ${json(chain)}`);
    if (stored.version !== initial + acks.length) {
      problems.push(
        `organisation ${id}: stored version ${stored.version}, but ${acks.length} updates on version ${initial} were acknowledged`,
      );
    }
    const last = acks.at(-1);
    if (last && !isDeepStrictEqual(stored, last))
      problems.push(`organisation ${id}: stored ${json(stored)}, last acknowledged ${json(last)}`);
  }

  // Meetings: every acknowledged one stored as sent; nothing else new in the office's networks.
  const storedTitles = new Set<string>();
  const networkIds = world.districts.flatMap((d) => d.networks);
  const networks = await Promise.all(
    networkIds.map(
      async (id) =>
        dataOf<any>(
          await client.gql("NetworkMeeting", ops.NetworkMeeting, { id, today: world.today }),
          `reading network ${id}`,
        ).network,
    ),
  );
  for (const [i, networkId] of networkIds.entries()) {
    const network = networks[i];
    const stored = new Map<string, any>(network.meetings.map((m: any) => [m.id, m]));
    for (const m of network.meetings) if (m.title) storedTitles.add(m.title);
    const acked = ledger.meetings.filter((m) => m.networkId === networkId);
    const expectedIds = new Set([...(world.initial.meetingIds.get(networkId) ?? []), ...acked.map((m) => m.id)]);
    const unexpected = [...stored.keys()].filter((id) => !expectedIds.has(id));
    if (unexpected.length)
      problems.push(`network ${networkId}: meetings stored that no acknowledged write created: ${json(unexpected)}`);
    for (const sent of acked) {
      const m = stored.get(sent.id);
      if (!m) {
        problems.push(`meeting ${sent.id} ("${sent.title}") was acknowledged but is not stored`);
        continue;
      }
      const got = {
        kind: m.kind,
        date: m.date,
        status: m.status,
        place: m.place,
        title: m.title,
        workingGroupId: m.workingGroup?.id ?? null,
        agenda: m.agenda.map((a: any) => ({
          topic: a.topic,
          presentingOrganisationId: a.presentingOrganisation?.id ?? null,
        })),
      };
      const want = {
        kind: sent.kind,
        date: sent.date,
        status: sent.status,
        place: sent.place,
        title: sent.title,
        workingGroupId: sent.workingGroupId,
        agenda: sent.agenda,
      };
      if (!isDeepStrictEqual(got, want)) problems.push(`meeting ${sent.id}: stored ${json(got)}, sent ${json(want)}`);
    }
  }
  for (const title of ledger.refusedMeetingTitles)
    if (storedTitles.has(title)) problems.push(`refused meeting "${title}" is stored`);

  // Consultations: every acknowledged request stored as sent, approved exactly when an approval was acknowledged.
  const consultations = await allConsultations(client, ops, LOAD_YEAR);
  const byId = new Map<string, any>(consultations.map((c) => [c.id, c]));
  const requested = new Map(ledger.requests.map((r) => [r.id, r]));
  for (const c of consultations) {
    if (!world.initial.consultations.has(c.id) && !requested.has(c.id))
      problems.push(`consultation ${c.id} ("${c.title}") is stored but no acknowledged request created it`);
  }
  const refusedTitles = new Set(ledger.refusedRequestTitles);
  for (const c of consultations)
    if (refusedTitles.has(c.title)) problems.push(`refused consultation request "${c.title}" is stored`);
  for (const sent of ledger.requests) {
    const c = byId.get(sent.id);
    if (!c) {
      problems.push(`consultation ${sent.id} ("${sent.title}") was acknowledged but is not stored`);
      continue;
    }
    const got = {
      kind: c.kind,
      plannedDate: c.plannedDate,
      requestedDays: c.requestedDays,
      title: c.title,
      requestingDistrictKey: c.requestingDistrictKey,
      chargedTo: c.chargedTo,
    };
    const want = {
      kind: sent.kind,
      plannedDate: sent.plannedDate,
      requestedDays: sent.days,
      title: sent.title,
      requestingDistrictKey: sent.requestingDistrictKey,
      chargedTo: sent.participatingDistrictKeys.length > 0 ? "POOL" : "BUDGET",
    };
    if (!isDeepStrictEqual(got, want))
      problems.push(`consultation ${sent.id}: stored ${json(got)}, sent ${json(want)}`);
  }
  for (const c of consultations) {
    const approvals = ledger.approvals.get(c.id) ?? [];
    if (approvals.length > 1)
      problems.push(`consultation ${c.id} was approved ${approvals.length} times (booked twice)`);
    if (approvals.length === 1 && (c.status !== "APPROVED" || c.bookedDays !== approvals[0])) {
      problems.push(
        `consultation ${c.id}: approval of ${approvals[0]} days acknowledged, stored ${c.status} with ${c.bookedDays} days`,
      );
    }
    const before = world.initial.consultations.get(c.id)?.status ?? "REQUESTED";
    if (approvals.length === 0 && c.status !== before) {
      problems.push(
        `consultation ${c.id}: no approval acknowledged${ledger.refusedApprovals.has(c.id) ? " (one was refused)" : ""}, but it is ${c.status} (was ${before})`,
      );
    }
  }

  // Contingents and pool: booked = sum of the approved consultations' days, never overdrawn, last allocation kept.
  const contingents: any = dataOf(
    await client.gql("Contingents", ops.Contingents, { year: LOAD_YEAR, stateKey: STATE_KEY }),
    "reading the contingents",
  );
  const bookedOn = (chargedTo: string, districtKey?: string) =>
    consultations
      .filter((c) => c.chargedTo === chargedTo && (!districtKey || c.requestingDistrictKey === districtKey))
      .reduce((sum, c) => sum + (c.bookedDays ?? 0), 0);
  const accounts = [
    ...contingents.consultationBudgets.map((b: any) => ({
      account: b.districtKey as string,
      stored: b,
      booked: bookedOn("BUDGET", b.districtKey),
      before: world.initial.contingents.get(b.districtKey),
    })),
    { account: POOL, stored: contingents.cooperationPool, booked: bookedOn("POOL"), before: world.initial.pool },
  ];
  for (const { account, stored, booked, before } of accounts) {
    const label = account === POOL ? "the cooperation pool" : `the contingent of ${account}`;
    if (stored.bookedDays !== booked)
      problems.push(`${label}: ${stored.bookedDays} days booked, but its approved consultations add up to ${booked}`);
    if (stored.remainingDays < 0 || stored.remainingDays !== stored.allocatedDays - stored.bookedDays) {
      problems.push(
        `${label}: allocated ${stored.allocatedDays}, booked ${stored.bookedDays}, remaining ${stored.remainingDays}`,
      );
    }
    const allocation = ledger.allocations.get(account)?.at(-1) ?? before;
    if (stored.allocatedDays !== allocation)
      problems.push(
        `${label}: ${stored.allocatedDays} days allocated, the last acknowledged allocation was ${allocation}`,
      );
  }
  return problems;
}
