import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261122203507 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "network_kind" as enum ('EARLY_HELP', 'CHILD_PROTECTION', 'COMBINED', 'KIPSE', 'STATEWIDE_ALLIANCE', 'CLUSTER', 'UMBRELLA');`);
    this.addSql(`create type "network_status" as enum ('ACTIVE', 'DISSOLVED', 'MERGED');`);
    this.addSql(`create type "date_precision" as enum ('DAY', 'MONTH', 'YEAR');`);
    this.addSql(`create type "membership_role" as enum ('COORDINATOR', 'MEMBER', 'STEERING', 'GUEST', 'FUNDER', 'MODEL_MUNICIPALITY', 'PARTNER_MUNICIPALITY', 'OFFICE');`);
    this.addSql(`create type "goal_scope" as enum ('LOCAL', 'CROSS_NETWORK');`);
    this.addSql(`create type "goal_state" as enum ('PLANNED', 'IN_PROGRESS', 'ACHIEVED');`);
    this.addSql(`create type "priority_kind" as enum ('FOCUS', 'TOPIC', 'INTEREST', 'NEED');`);
    this.addSql(`create type "working_group_kind" as enum ('STANDING', 'TEMPORARY');`);
    this.addSql(`create type "working_group_status" as enum ('ACTIVE', 'CLOSED', 'LEFT_NETWORK');`);
    this.addSql(`create type "meeting_kind" as enum ('PLENARY', 'WORKING_GROUP', 'CONFERENCE', 'CHILD_PROTECTION_CONFERENCE', 'WORKSHOP', 'ANONYMOUS_CASE_CONSULTATION');`);
    this.addSql(`create type "meeting_status" as enum ('PLANNED', 'HELD', 'CANCELLED');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "subject" varchar(200) not null, "role" varchar(20) not null, "caller_district_key" varchar(12) null, "entity_type" varchar(60) not null, "entity_id" varchar(60) not null, "action" varchar(10) not null, "owner_district_key" varchar(12) null, "changes" jsonb not null, "reason" varchar(500) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_owner_district_key_index" on "audit_entry" ("owner_district_key");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_at_index" on "audit_entry" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "network" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(300) not null, "kind" "network_kind" not null, "status" "network_status" not null default 'ACTIVE', "region_key" varchar(12) not null, "responsible_district_key" varchar(12) null, "responsible_office_id" uuid null, "coordinator_contact_id" uuid null, "founded_on" date null, "ended_on" date null, "parent_id" uuid null, "successor_id" uuid null, "plenary_meetings_per_year" int null, "description" text null, constraint "network_pkey" primary key ("id"));`);
    this.addSql(`create index "network_parent_id_index" on "network" ("parent_id");`);
    this.addSql(`create index "network_responsible_office_id_index" on "network" ("responsible_office_id");`);
    this.addSql(`create index "network_region_key_name_index" on "network" ("region_key", "name");`);
    this.addSql(`create index "network_responsible_district_key_name_index" on "network" ("responsible_district_key", "name");`);

    this.addSql(`create table "milestone" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "date" date not null, "precision" "date_precision" not null default 'DAY', "title" varchar(500) not null, "description" text null, constraint "milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "milestone_network_id_date_index" on "milestone" ("network_id", "date");`);

    this.addSql(`create table "membership" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "organisation_id" uuid not null, "role" "membership_role" not null, "since" date null, "until" date null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);
    this.addSql(`create index "membership_network_id_since_index" on "membership" ("network_id", "since");`);

    this.addSql(`create table "goal" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "title" varchar(500) not null, "scope" "goal_scope" not null, "state" "goal_state" not null, "year" int null, constraint "goal_pkey" primary key ("id"));`);
    this.addSql(`create index "goal_network_id_state_index" on "goal" ("network_id", "state");`);

    this.addSql(`create table "network_extension" ("network_id" uuid not null, "extended_network_id" uuid not null, constraint "network_extension_pkey" primary key ("network_id", "extended_network_id"));`);

    this.addSql(`create table "priority" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "year" int not null, "kind" "priority_kind" not null, "title" varchar(500) not null, constraint "priority_pkey" primary key ("id"));`);
    this.addSql(`create index "priority_network_id_year_index" on "priority" ("network_id", "year");`);

    this.addSql(`create table "subscription" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "contact_id" uuid null, "name" varchar(200) null, "email" varchar(254) null, constraint "subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "subscription_network_id_index" on "subscription" ("network_id");`);

    this.addSql(`create table "working_group" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "name" varchar(300) not null, "kind" "working_group_kind" not null, "status" "working_group_status" not null default 'ACTIVE', "founded_on" date null, "ended_on" date null, "continued_by_organisation_id" uuid null, "status_note" varchar(500) null, constraint "working_group_pkey" primary key ("id"));`);
    this.addSql(`create index "working_group_network_id_name_index" on "working_group" ("network_id", "name");`);

    this.addSql(`create table "meeting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "network_id" uuid not null, "district_key" varchar(12) null, "working_group_id" uuid null, "kind" "meeting_kind" not null, "date" date not null, "place" varchar(300) null, "title" varchar(300) null, "status" "meeting_status" not null default 'PLANNED', "participant_count" int null, "minutes" text null, constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_district_key_date_index" on "meeting" ("district_key", "date");`);
    this.addSql(`create index "meeting_working_group_id_date_index" on "meeting" ("working_group_id", "date");`);
    this.addSql(`create index "meeting_network_id_date_index" on "meeting" ("network_id", "date");`);

    this.addSql(`create table "meeting_attendance" ("id" uuid not null, "meeting_id" uuid not null, "organisation_id" uuid not null, "district_key" varchar(12) null, constraint "meeting_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_attendance_organisation_id_index" on "meeting_attendance" ("organisation_id");`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_organisation_id_unique" unique ("meeting_id", "organisation_id");`);

    this.addSql(`create table "agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "topic" varchar(500) not null, "presenting_organisation_id" uuid null, "district_key" varchar(12) null, constraint "agenda_item_pkey" primary key ("id"));`);
    this.addSql(`create index "agenda_item_meeting_id_position_index" on "agenda_item" ("meeting_id", "position");`);

    this.addSql(`create table "working_group_member" ("id" uuid not null, "working_group_id" uuid not null, "organisation_id" uuid not null, "district_key" varchar(12) null, constraint "working_group_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "working_group_member" add constraint "working_group_member_working_group_id_organisation_id_unique" unique ("working_group_id", "organisation_id");`);

    this.addSql(`alter table "network" add constraint "network_parent_id_foreign" foreign key ("parent_id") references "network" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "network" add constraint "network_successor_id_foreign" foreign key ("successor_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "milestone" add constraint "milestone_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "membership" add constraint "membership_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "goal" add constraint "goal_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "network_extension" add constraint "network_extension_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "network_extension" add constraint "network_extension_extended_network_id_foreign" foreign key ("extended_network_id") references "network" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "priority" add constraint "priority_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "subscription" add constraint "subscription_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "working_group" add constraint "working_group_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting" add constraint "meeting_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "meeting" add constraint "meeting_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "working_group_member" add constraint "working_group_member_working_group_id_foreign" foreign key ("working_group_id") references "working_group" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "network" drop constraint "network_parent_id_foreign";`);

    this.addSql(`alter table "network" drop constraint "network_successor_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_network_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_network_id_foreign";`);

    this.addSql(`alter table "goal" drop constraint "goal_network_id_foreign";`);

    this.addSql(`alter table "network_extension" drop constraint "network_extension_network_id_foreign";`);

    this.addSql(`alter table "network_extension" drop constraint "network_extension_extended_network_id_foreign";`);

    this.addSql(`alter table "priority" drop constraint "priority_network_id_foreign";`);

    this.addSql(`alter table "subscription" drop constraint "subscription_network_id_foreign";`);

    this.addSql(`alter table "working_group" drop constraint "working_group_network_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_network_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_working_group_id_foreign";`);

    this.addSql(`alter table "working_group_member" drop constraint "working_group_member_working_group_id_foreign";`);

    this.addSql(`alter table "meeting_attendance" drop constraint "meeting_attendance_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "network" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "goal" cascade;`);

    this.addSql(`drop table if exists "network_extension" cascade;`);

    this.addSql(`drop table if exists "priority" cascade;`);

    this.addSql(`drop table if exists "subscription" cascade;`);

    this.addSql(`drop table if exists "working_group" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_attendance" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "working_group_member" cascade;`);

    this.addSql(`drop type "network_kind";`);
    this.addSql(`drop type "network_status";`);
    this.addSql(`drop type "date_precision";`);
    this.addSql(`drop type "membership_role";`);
    this.addSql(`drop type "goal_scope";`);
    this.addSql(`drop type "goal_state";`);
    this.addSql(`drop type "priority_kind";`);
    this.addSql(`drop type "working_group_kind";`);
    this.addSql(`drop type "working_group_status";`);
    this.addSql(`drop type "meeting_kind";`);
    this.addSql(`drop type "meeting_status";`);
  }

}
