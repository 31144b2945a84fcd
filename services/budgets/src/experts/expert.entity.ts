import { Versioned } from "@kinderschutz/subgraph-kit";
import { type Opt } from "@mikro-orm/core";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Field, ID, ObjectType } from "type-graphql";

/** An expert of the practice support. The name is personal data (state office only); professions are not. */
@ObjectType({ description: "An expert (Expertin / Experte) of the practice support. The name is personal data." })
@Entity()
export class Expert extends Versioned {
  @Field(() => ID, { description: "The expert's id." })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => [String], {
    description: "Professions and disciplines, e.g. 'Sozialpädagogik', 'Kinder- und Jugendpsychiatrie'.",
  })
  @Property({ type: "json" })
  professions!: string[];

  @Field(() => Boolean, { description: "Whether the expert takes on consultations." })
  @Property({ type: "boolean" })
  active: boolean & Opt = true;
}
