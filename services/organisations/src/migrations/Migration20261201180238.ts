import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261201180238 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "request_id" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop column "request_id";`);
  }

}
