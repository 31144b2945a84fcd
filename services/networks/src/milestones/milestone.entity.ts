import { type Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { DatePrecision } from "./milestone.enums.js";
import { NetworkPart } from "../networks/network-part.entity.js";

@ObjectType({ description: "A dated entry of a network's history (Meilenstein)." })
@Entity()
@Index({ properties: ["network", "date"] })
export class Milestone extends NetworkPart {
  @Field(() => String, { description: "YYYY-MM-DD; with precision YEAR or MONTH only those parts are meaningful." })
  @Property({ type: "date" })
  date!: string;

  @Field(() => DatePrecision, { description: "How exactly the date is known." })
  @Enum({ items: () => DatePrecision, nativeEnumName: "date_precision" })
  precision: DatePrecision & Opt = DatePrecision.DAY;

  @Field(() => String, { description: "What happened, in a few words." })
  @Property({ type: "string", length: 500 })
  title!: string;

  @Field(() => String, { nullable: true, description: "More about it." })
  @Property({ type: "text", nullable: true })
  description?: string;
}
