import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261207102355 extends Migration {

  /**
   * The change history follows a record to the district it moves to: each entry names the record whose district
   * it follows. Entries written before get it here: the organisation a contact, an offer or an agreement hangs on
   * (none of them is ever deleted, so each is in its table), the record itself for all others. Organisations
   * moved before this version left their history with the former district: it goes to the one owning them now.
   */
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "owner_record_id" varchar(60) null;`);
    this.addSql(`update "audit_entry" a set "owner_record_id" = r."owner"::text from (
        select 'Contact' as "type", "id", "organisation_id" as "owner" from "contact"
        union all select 'Offer', "id", "provider_id" from "offer"
        union all select 'CooperationAgreement', "id", "keeper_id" from "cooperation_agreement") r
      where a."entity_type" = r."type" and a."entity_id" = r."id"::text;`);
    this.addSql(`update "audit_entry" set "owner_record_id" = "entity_id" where "owner_record_id" is null;`);
    this.addSql(`update "audit_entry" a set "owner_district_key" = o."district_key" from "organisation" o
      where a."owner_record_id" = o."id"::text and a."owner_district_key" is distinct from o."district_key";`);

    this.addSql(`drop index "audit_entry_owner_district_key_index";`);
    this.addSql(`create index "audit_entry_owner_record_id_index" on "audit_entry" ("owner_record_id");`);
    this.addSql(`create index "audit_entry_owner_district_key_at_id_index" on "audit_entry" ("owner_district_key", "at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_owner_record_id_index";`);
    this.addSql(`drop index "audit_entry_owner_district_key_at_id_index";`);
    this.addSql(`alter table "audit_entry" drop column "owner_record_id";`);

    this.addSql(`create index "audit_entry_owner_district_key_index" on "audit_entry" ("owner_district_key");`);
  }

}
