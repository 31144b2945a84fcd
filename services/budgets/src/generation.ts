import { nationwide, type GenerationTarget } from "@kinderschutz/demo-data/nationwide";
import { nationwideWriter } from "@kinderschutz/demo-data/budgets/nationwide";
import { ConsultationBudget } from "./budgets/budget.entities.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "./consultations/consultation.entity.js";
import { Expert } from "./experts/expert.entity.js";
import { budgetsSubgraph } from "./schema.js";

/**
 * What `generate` fills: the subgraph's database, its demo data, then its part of the nationwide data set, which
 * the package draws and this subgraph stores in its entities.
 */
export const budgetsGeneration: GenerationTarget = {
  ...budgetsSubgraph,
  nationwide: nationwide(nationwideWriter, {
    Expert,
    ConsultationBudget,
    Consultation,
    ConsultationParticipant,
    ConsultationExpert,
  }),
};
