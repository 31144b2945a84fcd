import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { GoalScope, GoalState, PriorityKind } from "./plan.enums.js";
import { NetworkPart } from "../networks/network-part.entity.js";

@ObjectType({
  description: "A priority of a network for a year: a focus, topic, interest or need (Schwerpunkt, Thema).",
})
@Entity()
@Index({ properties: ["network", "year"] })
export class Priority extends NetworkPart {
  @Field(() => Int, { description: "The year the priority applies to." })
  @Property({ type: "integer" })
  year!: number;

  @Field(() => PriorityKind, { description: "What kind of priority it is." })
  @Enum({ items: () => PriorityKind, nativeEnumName: "priority_kind" })
  kind!: PriorityKind;

  @Field(() => String, { description: "The priority in a few words." })
  @Property({ type: "string", length: 500 })
  title!: string;
}

@ObjectType({
  description: "A goal of a network: a planned step, work in progress or a result reached (Ziel, Ergebnis).",
})
@Entity()
@Index({ properties: ["network", "state"] })
export class Goal extends NetworkPart {
  @Field(() => String, { description: "e.g. 'Kooperationsvereinbarung mit der Polizei'." })
  @Property({ type: "string", length: 500 })
  title!: string;

  @Field(() => GoalScope, { description: "Within the network or across networks." })
  @Enum({ items: () => GoalScope, nativeEnumName: "goal_scope" })
  scope!: GoalScope;

  @Field(() => GoalState, { description: "How far the goal has come." })
  @Enum({ items: () => GoalState, nativeEnumName: "goal_state" })
  state!: GoalState;

  @Field(() => Int, { nullable: true, description: "The year it is planned for or was reached." })
  @Property({ type: "integer", nullable: true })
  year?: number;
}
