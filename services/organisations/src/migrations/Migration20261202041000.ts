import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261202041000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "organisation_state_kind_name_index" on "organisation" (substr("region_key", 1, 2), "kind", "name");`);
    this.addSql(`create index "organisation_state_name_index" on "organisation" (substr("region_key", 1, 2), "name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "organisation_state_kind_name_index";`);
    this.addSql(`drop index "organisation_state_name_index";`);
  }

}
