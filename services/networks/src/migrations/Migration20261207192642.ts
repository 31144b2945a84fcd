import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261207192642 extends Migration {

  override name = 'Migration20261207192642';

  /** A meeting may say when it starts, as an invitation does; meetings before have no time (null). */
  override up(): void | Promise<void> {
    this.addSql(`alter table "meeting" add "start_time" varchar(5) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meeting" drop column "start_time";`);
  }

}
