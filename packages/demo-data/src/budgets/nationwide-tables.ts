/**
 * The budgets subgraph's tables as the nationwide writer (`nationwide.ts`) fills them, by the name of the entity
 * that stores each: the subgraph's generation names those entities, checked against these rows.
 */
import type { VersionedRow } from "../nationwide/storage.js";
import type { BudgetData, ExpertData } from "./generate.js";
import type { ChargedTo, ConsultationKind, ConsultationStatus } from "./vocabulary.js";

export type NationwideTables = {
  Expert: VersionedRow & ExpertData;
  ConsultationBudget: VersionedRow & BudgetData;
  Consultation: VersionedRow & {
    id: string;
    kind: ConsultationKind;
    title: string;
    requestingOfficeId: string;
    requestingDistrictKey: string;
    networkId: string | null;
    plannedDate: string;
    status: ConsultationStatus;
    chargedTo: ChargedTo;
    budget: string;
    pool: null;
    requestedHalfDays: number;
    bookedHalfDays: number | null;
    deliveredHalfDays: number | null;
    cancellationReason: string | null;
  };
  ConsultationParticipant: { id: string; consultation: string; organisationId: string; districtKey: string };
  ConsultationExpert: { id: string; consultation: string; expert: string };
};

export type Table = keyof NationwideTables;
