import { type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import { ContactRef, contactRef } from "../references/references.js";
import { Subscription } from "./subscription.entity.js";
import { subscribe, subscriberData, unsubscribe } from "./subscriptions.service.js";

@InputType({ description: "A place on a mailing list: a contact, or a name and e-mail address (e.g. a volunteer)." })
class SubscribeInput {
  @Field(() => ID) networkId!: string;
  @Field(() => ID, { nullable: true }) contactId?: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) email?: string;
}

const PERSONAL = "Personal data: null with a FORBIDDEN error except for the state office and the responsible youth office.";

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @FieldResolver(() => ContactRef, { nullable: true, description: "The subscribed contact, when it is one." })
  contact(@Root() subscription: Subscription) {
    return contactRef(subscription.contactId);
  }

  @FieldResolver(() => String, { nullable: true, description: `The subscriber's name. ${PERSONAL}` })
  name(@Root() subscription: Subscription, @Ctx() ctx: Context) {
    return subscriberData(ctx.caller, subscription, "name");
  }

  @FieldResolver(() => String, { nullable: true, description: `The subscriber's e-mail address. ${PERSONAL}` })
  email(@Root() subscription: Subscription, @Ctx() ctx: Context) {
    return subscriberData(ctx.caller, subscription, "email");
  }

  @Mutation(() => Subscription, { description: "Puts a contact or an address on a network's mailing list." })
  subscribe(@Arg("input", () => SubscribeInput) input: SubscribeInput, @Ctx() ctx: Context) {
    return subscribe(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Boolean, { description: "Takes an entry off the mailing list; its personal data goes with it." })
  unsubscribe(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return unsubscribe(ctx.em, ctx.caller, id, version);
  }
}
