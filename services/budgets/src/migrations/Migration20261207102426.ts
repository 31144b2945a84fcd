import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261207102426 extends Migration {

  /** Each entry names the record whose district it follows (`owner_record_id`): in budgets, the record itself. */
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "owner_record_id" varchar(60) null;`);
    this.addSql(`update "audit_entry" set "owner_record_id" = "entity_id";`);

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
