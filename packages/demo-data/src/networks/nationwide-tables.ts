/**
 * The networks subgraph's tables as the nationwide writer (`nationwide.ts`) fills them, by the name of the entity
 * that stores each: the subgraph's generation names those entities, checked against these rows.
 */
import type { VersionedRow } from "../nationwide/storage.js";
import type {
  DatePrecision,
  GoalScope,
  GoalState,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  NetworkKind,
  NetworkStatus,
  PriorityKind,
  WorkingGroupKind,
  WorkingGroupStatus,
} from "./vocabulary.js";

/** A record inside a network, which carries the network's responsible district. */
type InNetwork = VersionedRow & { id: string; network: string; districtKey: string };
/** A row that hangs on a record inside a network: not versioned, but of the same district. */
type OfPart = { id: string; districtKey: string };

export type NationwideTables = {
  Network: VersionedRow & {
    id: string;
    name: string;
    kind: NetworkKind;
    status: NetworkStatus;
    regionKey: string;
    responsibleDistrictKey: string;
    responsibleOfficeId: string;
    coordinatorContactId: string;
    foundedOn: string;
    plenaryMeetingsPerYear: number;
    description: string;
  };
  Membership: InNetwork & { organisationId: string; role: MembershipRole; since: string };
  WorkingGroup: InNetwork & { name: string; kind: WorkingGroupKind; status: WorkingGroupStatus; foundedOn: string };
  WorkingGroupMember: OfPart & { workingGroup: string; organisationId: string };
  Meeting: InNetwork & {
    workingGroup: string | null;
    kind: MeetingKind;
    date: string;
    place: string;
    title: string;
    status: MeetingStatus;
    participantCount: number | null;
    minutes: string | null;
  };
  AgendaItem: OfPart & { meeting: string; position: number; topic: string; presentingOrganisationId: string };
  MeetingAttendance: OfPart & { meeting: string; organisationId: string };
  Priority: InNetwork & { year: number; kind: PriorityKind; title: string };
  Goal: InNetwork & { title: string; scope: GoalScope; state: GoalState; year: number };
  Milestone: InNetwork & { date: string; precision: DatePrecision; title: string; description: string | null };
  Subscription: InNetwork & { contactId: string; name: null; email: null };
};

export type Table = keyof NationwideTables;
