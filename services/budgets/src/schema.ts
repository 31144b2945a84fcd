import { isUuid, readRows, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { ConsultationBudget, CooperationPool } from "./budgets/budget.entities.js";
import { BudgetResolver } from "./budgets/budget.resolver.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "./consultations/consultation.entity.js";
import { ConsultationResolver } from "./consultations/consultation.resolver.js";
import { Expert } from "./experts/expert.entity.js";
import { ExpertResolver } from "./experts/expert.resolver.js";
import { migrations } from "./migrations/index.js";
import { NetworkConsultationsResolver, OrganisationBudgetsResolver } from "./references/references.resolver.js";
import { ReportResolver, ServiceReportOfficeResolver } from "./reports/report.resolver.js";
import { seedBudgets } from "./seed/seed.js";
import { StatisticsResolver } from "./statistics/statistics.resolver.js";

export const entities = [
  ConsultationBudget,
  CooperationPool,
  Consultation,
  ConsultationParticipant,
  ConsultationExpert,
  Expert,
];

/** Everything the budgets subgraph is: its entities, its resolvers, how others' references resolve. */
export const budgetsSubgraph: SubgraphDefinition = {
  name: "budgets",
  defaultPort: 4003,
  entities,
  migrations,
  resolvers: [
    BudgetResolver,
    ConsultationResolver,
    ExpertResolver,
    ReportResolver,
    ServiceReportOfficeResolver,
    OrganisationBudgetsResolver,
    NetworkConsultationsResolver,
    StatisticsResolver,
  ],
  references: [
    {
      type: "ConsultationBudget",
      key: "id",
      // A youth office resolves its own contingents only, also when it asks the subgraph directly.
      load: (ids, ctx, fields) =>
        readRows(
          ctx.em,
          ConsultationBudget,
          {
            id: { $in: ids.filter(isUuid) },
            ...(ctx.caller.role === "YOUTH_OFFICE" ? { districtKey: ctx.caller.districtKey } : {}),
          },
          { fields },
        ),
    },
    // Other subgraphs' entities: this subgraph only adds fields to them, so the key alone is the object.
    { type: "Organisation", key: "id", load: async (ids) => ids.map((id) => ({ id })) },
    { type: "Network", key: "id", load: async (ids) => ids.map((id) => ({ id })) },
  ],
  // Its rules ask whose network a consultation names (consultations/consultation-references.ts).
  peers: ["networks"],
  seed: seedBudgets,
};
