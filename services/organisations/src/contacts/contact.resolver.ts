import { ChangesArg, findById, IdArg, InputArg, loadOne, VersionArg, type Context } from "@kinderschutz/subgraph-kit";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organisation } from "../organisations/organisation.entity.js";
import { Contact } from "./contact.entity.js";
import { contactsById, createContact, eraseContact, personalData, updateContact } from "./contacts.service.js";

@InputType({ description: "A new contact person." })
class CreateContactInput {
  @Field(() => ID, { description: "The organisation the person works for." }) organisationId!: string;
  @Field(() => String, { description: "e.g. 'Netzwerkkoordination Kinderschutz'." }) function!: string;
  @Field(() => String, { nullable: true, description: "The person's name (personal data)." }) name?: string;
  @Field(() => String, { nullable: true, description: "The person's e-mail address (personal data)." }) email?: string;
  @Field(() => String, { nullable: true, description: "The person's phone number (personal data)." }) phone?: string;
}

@InputType({ description: "Changes to a contact; omitted fields stay as they are, empty text clears a field." })
class UpdateContactInput {
  @Field(() => String, { nullable: true, description: "The person's function, e.g. 'Netzwerkkoordination'." })
  function?: string;
  @Field(() => String, { nullable: true, description: "The person's name (personal data)." }) name?: string;
  @Field(() => String, { nullable: true, description: "The person's e-mail address (personal data)." }) email?: string;
  @Field(() => String, { nullable: true, description: "The person's phone number (personal data)." }) phone?: string;
}

const PERSONAL = "Personal data: null with a FORBIDDEN error for analysts and other districts' youth offices.";

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => Contact, { nullable: true, description: "A contact person by id." })
  contact(@IdArg("contact") id: string, @Ctx() ctx: Context) {
    return findById(ctx.em, Contact, id);
  }

  @Query(() => [Contact], {
    description: "Contact persons by id (at most 100; unknown ids are left out), e.g. to name them by function.",
  })
  contacts(@Arg("ids", () => [ID], { description: "The contacts' ids." }) ids: string[], @Ctx() ctx: Context) {
    return contactsById(ctx.em, ids);
  }

  @FieldResolver(() => Organisation, { description: "The organisation the person works for." })
  organisation(@Root() contact: Contact, @Ctx() ctx: Context) {
    return loadOne(ctx, Organisation, "id", contact.organisation.id);
  }

  @FieldResolver(() => String, { nullable: true, description: `The person's name. ${PERSONAL}` })
  name(@Root() contact: Contact, @Ctx() ctx: Context) {
    return personalData(ctx.caller, contact, "name");
  }

  @FieldResolver(() => String, { nullable: true, description: `The person's e-mail address. ${PERSONAL}` })
  email(@Root() contact: Contact, @Ctx() ctx: Context) {
    return personalData(ctx.caller, contact, "email");
  }

  @FieldResolver(() => String, { nullable: true, description: `The person's phone number. ${PERSONAL}` })
  phone(@Root() contact: Contact, @Ctx() ctx: Context) {
    return personalData(ctx.caller, contact, "phone");
  }

  @Mutation(() => Contact, {
    description: "Adds a contact person to an organisation (state office; a youth office in its own district).",
  })
  createContact(
    @InputArg(CreateContactInput, "The new contact person.") input: CreateContactInput,
    @Ctx() ctx: Context,
  ) {
    return createContact(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Contact, {
    description: "Changes a contact. Fails with CONFLICT when `version` is no longer current.",
  })
  updateContact(
    @IdArg("contact") id: string,
    @VersionArg() version: number,
    @ChangesArg(UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: Context,
  ) {
    return updateContact(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Contact, {
    description:
      "Erases the contact's personal data on request (GDPR Art. 17), also from the change history. The record stays for what refers to it.",
  })
  eraseContact(@IdArg("contact") id: string, @Ctx() ctx: Context) {
    return eraseContact(ctx.em, ctx.caller, id);
  }
}
