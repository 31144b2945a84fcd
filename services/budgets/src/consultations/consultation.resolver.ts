import {
  Connection,
  FilterArg,
  ForbiddenError,
  IdArg,
  InputArg,
  isUuid,
  loadMany,
  loadOne,
  PageArgs,
  VersionArg,
  type Context,
} from "@kinderschutz/subgraph-kit";
import {
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConsultationBudget, CooperationPool } from "../budgets/budget.entities.js";
import { Expert } from "../experts/expert.entity.js";
import { NetworkRef, OrganisationRef, networkRef, organisationRef } from "../references/references.js";
import { Consultation, ConsultationExpert, ConsultationParticipant } from "./consultation.entity.js";
import { ConsultationKind, ConsultationStatus } from "./consultation.enums.js";
import { canReadConsultation } from "./consultations.rules.js";
import {
  approveConsultation,
  cancelConsultation,
  listConsultations,
  recordDelivery,
  requestConsultation,
} from "./consultations.service.js";

const ConsultationConnection = Connection(Consultation);

@InputType({ description: "Which consultations to list (a youth office sees those it requested or takes part in)." })
class ConsultationFilter {
  @Field(() => Int, { nullable: true, description: "Year of the planned date." }) year?: number;
  @Field(() => ConsultationStatus, { nullable: true, description: "Only consultations in this status." })
  status?: ConsultationStatus;
  @Field(() => [ConsultationStatus], {
    nullable: true,
    description: "Only consultations in one of these statuses: REQUESTED and APPROVED are everything still open.",
  })
  statuses?: ConsultationStatus[];
  @Field(() => ConsultationKind, { nullable: true, description: "Only consultations of this kind." })
  kind?: ConsultationKind;
  @Field(() => String, { nullable: true, description: "Requested by or involving this district's youth office." })
  districtKey?: string;
  @Field(() => ID, { nullable: true, description: "Only consultations serving this network." }) networkId?: string;
  @Field(() => String, {
    nullable: true,
    description: "Only consultations planned before this day (YYYY-MM-DD), e.g. today's: those whose day has passed.",
  })
  plannedBefore?: string;
}

@InputType({
  description: "A request for practice support. No case details: kind, date, days and a neutral title only.",
})
class RequestConsultationInput {
  @Field(() => ConsultationKind, { description: "The kind of practice support." }) kind!: ConsultationKind;
  @Field(() => String, { description: "Planned day (YYYY-MM-DD)." }) plannedDate!: string;
  @Field(() => Float, { description: "Days, in half-day steps (> 0)." }) days!: number;
  @Field(() => String, { nullable: true, description: "Short neutral title, at most 120 characters." }) title?: string;
  @Field(() => ID, { nullable: true, description: "The network it serves." }) networkId?: string;
  @Field(() => String, {
    nullable: true,
    description: "The requesting office's district; a youth office's own by default (state office: required).",
  })
  requestingDistrictKey?: string;
  @Field(() => [String], {
    nullable: true,
    description: "Districts of further youth offices taking part: makes it overregional, paid from the pool.",
  })
  participatingDistrictKeys?: string[];
}

@InputType({ description: "Approval with the assigned experts." })
class ApproveConsultationInput {
  @Field(() => [ID], { description: "The assigned experts (1–5, active ones only)." }) expertIds!: string[];
  @Field(() => Float, { nullable: true, description: "Days approved, when not the requested ones." }) days?: number;
}

@InputType({ description: "What was delivered." })
class RecordDeliveryInput {
  @Field(() => Float, { description: "Days actually delivered (half-day steps)." }) days!: number;
}

@InputType({ description: "Why a consultation is cancelled." })
class CancelConsultationInput {
  @Field(() => String, { description: "Why it is cancelled." }) reason!: string;
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => ConsultationConnection, { nullable: true, description: "Consultations by planned date." })
  consultations(
    @FilterArg(ConsultationFilter, "Which consultations; all the caller may read when omitted.")
    filter: ConsultationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listConsultations(ctx.em, ctx.caller, filter ?? {}, page);
  }

  @Query(() => Consultation, {
    nullable: true,
    description:
      "One consultation; null when there is none with this id (a youth office reads those it requested or takes part in).",
  })
  async consultation(@IdArg("consultation") id: string, @Ctx() ctx: Context) {
    const consultation = await loadOne(ctx, Consultation, "id", isUuid(id) ? id : null);
    if (!consultation) return null;
    const participants = await loadMany(ctx, ConsultationParticipant, "consultation", consultation.id);
    if (
      !canReadConsultation(
        ctx.caller,
        consultation,
        participants.map((p) => p.districtKey),
      )
    ) {
      throw new ForbiddenError(
        "A youth office reads the consultations it requested or takes part in.",
        "OTHER_DISTRICT",
      );
    }
    return consultation;
  }

  @FieldResolver(() => OrganisationRef, { nullable: true, description: "The requesting youth office." })
  requestingOffice(@Root() consultation: Consultation) {
    return organisationRef(consultation.requestingOfficeId);
  }

  @FieldResolver(() => [OrganisationRef], {
    nullable: true,
    description: "Further youth offices taking part (overregional consultations).",
  })
  async participatingOffices(@Root() consultation: Consultation, @Ctx() ctx: Context) {
    const rows = await loadMany(ctx, ConsultationParticipant, "consultation", consultation.id);
    return rows.map((p) => organisationRef(p.organisationId)!);
  }

  @FieldResolver(() => NetworkRef, { nullable: true, description: "The network it serves." })
  network(@Root() consultation: Consultation) {
    return networkRef(consultation.networkId);
  }

  @FieldResolver(() => [Expert], { description: "Assigned experts." })
  async experts(@Root() consultation: Consultation, @Ctx() ctx: Context) {
    const rows = await loadMany(ctx, ConsultationExpert, "consultation", consultation.id);
    return Promise.all(rows.map((row) => loadOne(ctx, Expert, "id", row.expert.id)));
  }

  @FieldResolver(() => ConsultationBudget, {
    nullable: true,
    description: "The contingent it is charged to (not for pool consultations).",
  })
  budget(@Root() consultation: Consultation, @Ctx() ctx: Context) {
    return loadOne(ctx, ConsultationBudget, "id", consultation.budget?.id);
  }

  @FieldResolver(() => CooperationPool, {
    nullable: true,
    description: "The pool it is charged to (overregional consultations).",
  })
  pool(@Root() consultation: Consultation, @Ctx() ctx: Context) {
    return loadOne(ctx, CooperationPool, "id", consultation.pool?.id);
  }

  @Mutation(() => Consultation, {
    description: "Requests practice support against the office's contingent (or the pool, when overregional).",
  })
  requestConsultation(
    @InputArg(RequestConsultationInput, "The request.") input: RequestConsultationInput,
    @Ctx() ctx: Context,
  ) {
    return requestConsultation(ctx.em, ctx.caller, input, ctx.peers);
  }

  @Mutation(() => Consultation, {
    description: "Approves a request and books its days (state office). CONFLICT when too few days remain.",
  })
  approveConsultation(
    @IdArg("consultation") id: string,
    @VersionArg() version: number,
    @InputArg(ApproveConsultationInput, "The experts and, when they differ, the approved days.")
    input: ApproveConsultationInput,
    @Ctx() ctx: Context,
  ) {
    return approveConsultation(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Consultation, {
    description: "Records the delivery with the actual days (state office), on the planned day or later.",
  })
  recordDelivery(
    @IdArg("consultation") id: string,
    @VersionArg() version: number,
    @InputArg(RecordDeliveryInput, "The days actually delivered.")
    input: RecordDeliveryInput,
    @Ctx() ctx: Context,
  ) {
    return recordDelivery(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Consultation, {
    description:
      "Cancels before delivery with a reason (state office; a youth office its own open request). Releases booked days.",
  })
  cancelConsultation(
    @IdArg("consultation") id: string,
    @VersionArg() version: number,
    @InputArg(CancelConsultationInput, "Why it is cancelled.")
    input: CancelConsultationInput,
    @Ctx() ctx: Context,
  ) {
    return cancelConsultation(ctx.em, ctx.caller, id, version, input);
  }
}
