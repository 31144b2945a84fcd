/**
 * Every write the virtual users sent and how it was answered: acknowledged (a mutation answer without errors,
 * with what the graph said it stored) or refused. The read-back after the load compares this with what is stored.
 */

export interface MeetingWrite {
  networkId: string;
  kind: string;
  date: string;
  status: string;
  place: string;
  title: string;
  workingGroupId: string | null;
  agenda: { topic: string; presentingOrganisationId: string | null }[];
}

export interface ConsultationRequestWrite {
  kind: string;
  plannedDate: string;
  days: number;
  title: string;
  networkId: string | null;
  requestingDistrictKey: string;
  participatingDistrictKeys: string[];
}

/** A contingent (by district key) or the cooperation pool ("pool"): each has one editor, so "last" is defined. */
export type Account = string;
export const POOL: Account = "pool";

export class Ledger {
  /** Organisation id → the facts each acknowledged update answered with (version included). */
  readonly organisationUpdates = new Map<string, Record<string, unknown>[]>();
  readonly organisationRefusals = new Map<string, number>();

  readonly meetings: (MeetingWrite & { id: string })[] = [];
  readonly refusedMeetingTitles: string[] = [];

  readonly requests: (ConsultationRequestWrite & { id: string })[] = [];
  readonly refusedRequestTitles: string[] = [];

  /** Consultation id → each acknowledged approval's booked days (more than one would be a double booking). */
  readonly approvals = new Map<string, number[]>();
  readonly refusedApprovals = new Set<string>();

  /** Account → allocations in the order its one editor had them acknowledged. */
  readonly allocations = new Map<Account, number[]>();
  readonly refusedAllocations = new Map<Account, number[]>();

  /** Answers that were accepted but say something other than what was asked: never expected. */
  readonly oddities: string[] = [];

  private static push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  organisationUpdated(id: string, facts: Record<string, unknown>): void {
    Ledger.push(this.organisationUpdates, id, facts);
  }

  organisationRefused(id: string): void {
    this.organisationRefusals.set(id, (this.organisationRefusals.get(id) ?? 0) + 1);
  }

  approved(id: string, bookedDays: number): void {
    Ledger.push(this.approvals, id, bookedDays);
  }

  allocated(account: Account, days: number): void {
    Ledger.push(this.allocations, account, days);
  }

  allocationRefused(account: Account, days: number): void {
    Ledger.push(this.refusedAllocations, account, days);
  }

  counts() {
    const sum = (map: Map<unknown, unknown[]>) => [...map.values()].reduce((n, list) => n + list.length, 0);
    return {
      organisationUpdates: sum(this.organisationUpdates),
      organisationConflicts: [...this.organisationRefusals.values()].reduce((a, b) => a + b, 0),
      meetings: this.meetings.length,
      requests: this.requests.length,
      approvals: sum(this.approvals),
      refusedApprovals: this.refusedApprovals.size,
      allocations: sum(this.allocations),
      refusedAllocations: sum(this.refusedAllocations),
    };
  }
}
