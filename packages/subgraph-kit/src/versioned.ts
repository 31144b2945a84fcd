import "reflect-metadata";
import { type Opt } from "@mikro-orm/core";
import { Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";

/**
 * What every editable record carries: a version for optimistic concurrency (MikroORM adds it to each UPDATE's
 * WHERE clause, so two edits of the same version cannot both win) and when it was created and last changed.
 */
// Decorated only so that type-graphql copies these fields into each subclass; it is never a type of its own.
@ObjectType()
export abstract class Versioned {
  @Field(() => Int, {
    description: "Increases with every change; send it back with an update (a stale one gets CONFLICT).",
  })
  @Property({ type: "integer", version: true })
  version: number & Opt = 1;

  @Field(() => Date, { description: "When the record was created." })
  @Property({ type: "datetime", runtimeType: "Date" })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: "When the record was last changed." })
  @Property({ type: "datetime", runtimeType: "Date", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
