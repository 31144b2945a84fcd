import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261202072053 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "consultation_report_index" on "consultation" ("planned_date", "budget_id", "pool_id", "kind", "status", "requested_half_days", "booked_half_days");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "consultation_report_index";`);
  }

}
