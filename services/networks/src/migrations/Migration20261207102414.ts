import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261207102414 extends Migration {

  /**
   * The change history follows a network to the district it is handed to: each entry names the record whose
   * district it follows, the network for everything in it. Entries written before get it here: from the tables
   * for the records there are (a working group's members, a meeting's agenda and attendance through their group
   * or meeting), from the entry that created or removed it for the records removed since, the record itself for
   * networks. Networks handed over before this version left their history with the former district: it goes to
   * the one responsible now.
   */
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "owner_record_id" varchar(60) null;`);
    this.addSql(`update "audit_entry" a set "owner_record_id" = r."network_id"::text from (
        select 'Membership' as "type", "id", "network_id" from "membership"
        union all select 'WorkingGroup', "id", "network_id" from "working_group"
        union all select 'Meeting', "id", "network_id" from "meeting"
        union all select 'Priority', "id", "network_id" from "priority"
        union all select 'Goal', "id", "network_id" from "goal"
        union all select 'Milestone', "id", "network_id" from "milestone"
        union all select 'Subscription', "id", "network_id" from "subscription"
        union all select 'WorkingGroupMember', m."id", g."network_id" from "working_group_member" m join "working_group" g on g."id" = m."working_group_id"
        union all select 'AgendaItem', i."id", m."network_id" from "agenda_item" i join "meeting" m on m."id" = i."meeting_id"
        union all select 'MeetingAttendance', t."id", m."network_id" from "meeting_attendance" t join "meeting" m on m."id" = t."meeting_id") r
      where a."entity_type" = r."type" and a."entity_id" = r."id"::text;`);
    this.addSql(`update "audit_entry" a set "owner_record_id" = coalesce(p."network", g."network_id"::text, m."network_id"::text) from (
        select "entity_type", "entity_id",
          max(coalesce("changes"->'network'->>'after', "changes"->'network'->>'before')) as "network",
          max(coalesce("changes"->'workingGroup'->>'after', "changes"->'workingGroup'->>'before')) as "group",
          max(coalesce("changes"->'meeting'->>'after', "changes"->'meeting'->>'before')) as "meeting"
        from "audit_entry" where "action" in ('CREATE', 'DELETE') and "entity_type" <> 'Network' and "owner_record_id" is null
        group by "entity_type", "entity_id") p
        left join "working_group" g on g."id"::text = p."group"
        left join "meeting" m on m."id"::text = p."meeting"
      where a."owner_record_id" is null and a."entity_type" = p."entity_type" and a."entity_id" = p."entity_id";`);
    this.addSql(`update "audit_entry" set "owner_record_id" = "entity_id" where "owner_record_id" is null;`);
    this.addSql(`update "audit_entry" a set "owner_district_key" = n."responsible_district_key" from "network" n
      where a."owner_record_id" = n."id"::text and a."owner_district_key" is distinct from n."responsible_district_key";`);

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
