import "reflect-metadata";
import { buildSchema, Field, ObjectType, Query, Resolver } from "type-graphql";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { graphqlEnum, type EnumValue } from "./enums.js";

const Shade = graphqlEnum("Shade", "How light a colour is.", {
  LIGHT: "Light (hell).",
  DARK: "Dark (dunkel).",
});
type Shade = EnumValue<typeof Shade>;

@ObjectType()
class Colour {
  @Field(() => Shade)
  shade!: Shade;
}

@Resolver()
class ColourResolver {
  @Query(() => Colour)
  colour(): Colour {
    return { shade: Shade.DARK };
  }
}

describe("graphqlEnum", () => {
  it("gives each value its own name, frozen, for code, zod and the database", () => {
    expect(Shade).toEqual({ LIGHT: "LIGHT", DARK: "DARK" });
    expect(Object.isFrozen(Shade)).toBe(true);
    expect(z.enum(Shade).safeParse("DARK").success).toBe(true);
    expect(z.enum(Shade).safeParse("GREY").success).toBe(false);
  });

  it("registers the enum with its descriptions, in the order given", async () => {
    const schema = printSchema(await buildSchema({ resolvers: [ColourResolver], validate: false }));
    expect(schema).toContain(
      `"""How light a colour is."""\nenum Shade {\n  """Light (hell)."""\n  LIGHT\n\n  """Dark (dunkel)."""\n  DARK\n}`,
    );
  });
});
