import { IdArg, InputArg, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { ContactRef, contactRef } from "../references/references.js";
import { Subscription } from "./subscription.entity.js";
import { subscriberData } from "./subscriptions.rules.js";
import { subscribe, unsubscribe } from "./subscriptions.service.js";

@InputType({ description: "A place on a mailing list: a contact, or a name and e-mail address (e.g. a volunteer)." })
class SubscribeInput {
  @Field(() => ID, { description: "The network whose mailing list it is." }) networkId!: string;
  @Field(() => ID, { nullable: true, description: "The contact to subscribe; give either this or `email`." })
  contactId?: string;
  @Field(() => String, {
    nullable: true,
    description: "The subscriber's name when no contact is given (personal data).",
  })
  name?: string;
  @Field(() => String, {
    nullable: true,
    description: "The e-mail address to subscribe; give either this or `contactId` (personal data).",
  })
  email?: string;
}

const PERSONAL =
  "Personal data: null with a FORBIDDEN error except for the state office and the responsible youth office.";

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
  subscribe(@InputArg(SubscribeInput, "Who to put on the list.") input: SubscribeInput, @Ctx() ctx: Context) {
    return subscribe(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Boolean, { description: "Takes an entry off the mailing list; its personal data goes with it." })
  unsubscribe(@IdArg("mailing-list entry") id: string, @VersionArg() version: number, @Ctx() ctx: Context) {
    return unsubscribe(ctx.em, ctx.caller, id, version);
  }
}
