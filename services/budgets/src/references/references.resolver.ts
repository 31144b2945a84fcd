import { ForbiddenError, loadMany, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ConsultationBudget } from "../budgets/budget.entities.js";
import { assertCanReadBudget } from "../budgets/budgets.service.js";
import { Consultation } from "../consultations/consultation.entity.js";
import { NetworkRef, OrganisationRef } from "./references.js";

function ownBudgetsOnly(ctx: Context, budgets: ConsultationBudget[]): ConsultationBudget[] {
  for (const budget of budgets) assertCanReadBudget(ctx.caller, budget);
  return budgets;
}

@Resolver(() => OrganisationRef)
export class OrganisationBudgetsResolver {
  @FieldResolver(() => [ConsultationBudget], {
    nullable: true,
    description: "The youth office's contingents, newest year first.",
  })
  async consultationBudgets(@Root() organisation: OrganisationRef, @Ctx() ctx: Context) {
    return ownBudgetsOnly(
      ctx,
      await loadMany(ctx, ConsultationBudget, "youthOfficeId", organisation.id, { orderBy: { year: "desc" } }),
    );
  }

  @FieldResolver(() => ConsultationBudget, { nullable: true, description: "The youth office's contingent of a year." })
  async consultationBudget(
    @Root() organisation: OrganisationRef,
    @Arg("year", () => Int, { description: "The year of the contingent." }) year: number,
    @Ctx() ctx: Context,
  ) {
    const budgets = await loadMany(ctx, ConsultationBudget, "youthOfficeId", organisation.id, { where: { year } });
    return ownBudgetsOnly(ctx, budgets)[0] ?? null;
  }

  @FieldResolver(() => [Consultation], {
    nullable: true,
    description: "Consultations the youth office requested, by planned date.",
  })
  async consultations(@Root() organisation: OrganisationRef, @Ctx() ctx: Context) {
    const rows = await loadMany(ctx, Consultation, "requestingOfficeId", organisation.id, {
      orderBy: { plannedDate: "asc" },
    });
    if (ctx.caller.role === "YOUTH_OFFICE" && rows.some((c) => c.requestingDistrictKey !== ctx.caller.districtKey)) {
      throw new ForbiddenError("A youth office reads its own consultations only.", "OTHER_DISTRICT");
    }
    return rows;
  }
}

@Resolver(() => NetworkRef)
export class NetworkConsultationsResolver {
  @FieldResolver(() => [Consultation], {
    nullable: true,
    description: "Consultations serving this network (a youth office sees its own).",
  })
  async consultations(@Root() network: NetworkRef, @Ctx() ctx: Context) {
    const rows = await loadMany(ctx, Consultation, "networkId", network.id, { orderBy: { plannedDate: "asc" } });
    return ctx.caller.role === "YOUTH_OFFICE"
      ? rows.filter((c) => c.requestingDistrictKey === ctx.caller.districtKey)
      : rows;
  }
}
