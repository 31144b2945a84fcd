import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261122213505 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "consultation_kind" as enum ('NETWORK_DEVELOPMENT', 'REFLECTIVE_CASE_CONSULTATION', 'CRISIS_CONSULTATION', 'QUALIFYING_STANDARDS', 'EVALUATING_STANDARDS', 'WORKSHOP', 'CONFERENCE');`);
    this.addSql(`create type "consultation_status" as enum ('REQUESTED', 'APPROVED', 'DELIVERED', 'CANCELLED');`);
    this.addSql(`create type "charged_to" as enum ('BUDGET', 'POOL');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "subject" varchar(200) not null, "role" varchar(20) not null, "caller_district_key" varchar(12) null, "entity_type" varchar(60) not null, "entity_id" varchar(60) not null, "action" varchar(10) not null, "owner_district_key" varchar(12) null, "changes" jsonb not null, "reason" varchar(500) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_owner_district_key_index" on "audit_entry" ("owner_district_key");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_at_index" on "audit_entry" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "consultation_budget" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "youth_office_id" uuid not null, "district_key" varchar(12) not null, "year" int not null, "allocated_half_days" int not null, "booked_half_days" int not null default 0, constraint "consultation_budget_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_budget_year_district_key_index" on "consultation_budget" ("year", "district_key");`);
    this.addSql(`alter table "consultation_budget" add constraint "consultation_budget_district_key_year_unique" unique ("district_key", "year");`);
    this.addSql(`alter table "consultation_budget" add constraint "consultation_budget_youth_office_id_year_unique" unique ("youth_office_id", "year");`);

    this.addSql(`create table "cooperation_pool" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "allocated_half_days" int not null, "booked_half_days" int not null default 0, constraint "cooperation_pool_pkey" primary key ("id"));`);
    this.addSql(`alter table "cooperation_pool" add constraint "cooperation_pool_year_unique" unique ("year");`);

    this.addSql(`create table "consultation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "consultation_kind" not null, "title" varchar(120) null, "requesting_office_id" uuid not null, "requesting_district_key" varchar(12) not null, "network_id" uuid null, "planned_date" date not null, "status" "consultation_status" not null default 'REQUESTED', "charged_to" "charged_to" not null, "budget_id" uuid null, "pool_id" uuid null, "requested_half_days" int not null, "booked_half_days" int null, "delivered_half_days" int null, "cancellation_reason" varchar(300) null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_network_id_index" on "consultation" ("network_id");`);
    this.addSql(`create index "consultation_budget_id_index" on "consultation" ("budget_id");`);
    this.addSql(`create index "consultation_status_planned_date_index" on "consultation" ("status", "planned_date");`);
    this.addSql(`create index "consultation_requesting_district_key_planned_date_index" on "consultation" ("requesting_district_key", "planned_date");`);

    this.addSql(`create table "consultation_participant" ("id" uuid not null, "consultation_id" uuid not null, "organisation_id" uuid not null, "district_key" varchar(12) not null, constraint "consultation_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_participant_district_key_index" on "consultation_participant" ("district_key");`);
    this.addSql(`alter table "consultation_participant" add constraint "consultation_participant_consultation_id_organisation_id_unique" unique ("consultation_id", "organisation_id");`);

    this.addSql(`create table "expert" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "professions" jsonb not null, "active" boolean not null default true, constraint "expert_pkey" primary key ("id"));`);

    this.addSql(`create table "consultation_expert" ("id" uuid not null, "consultation_id" uuid not null, "expert_id" uuid not null, constraint "consultation_expert_pkey" primary key ("id"));`);
    this.addSql(`alter table "consultation_expert" add constraint "consultation_expert_consultation_id_expert_id_unique" unique ("consultation_id", "expert_id");`);

    this.addSql(`alter table "consultation" add constraint "consultation_budget_id_foreign" foreign key ("budget_id") references "consultation_budget" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "consultation" add constraint "consultation_pool_id_foreign" foreign key ("pool_id") references "cooperation_pool" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "consultation_participant" add constraint "consultation_participant_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "consultation_expert" add constraint "consultation_expert_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "consultation_expert" add constraint "consultation_expert_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consultation" drop constraint "consultation_budget_id_foreign";`);

    this.addSql(`alter table "consultation" drop constraint "consultation_pool_id_foreign";`);

    this.addSql(`alter table "consultation_participant" drop constraint "consultation_participant_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_expert" drop constraint "consultation_expert_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_expert" drop constraint "consultation_expert_expert_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "consultation_budget" cascade;`);

    this.addSql(`drop table if exists "cooperation_pool" cascade;`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "consultation_participant" cascade;`);

    this.addSql(`drop table if exists "expert" cascade;`);

    this.addSql(`drop table if exists "consultation_expert" cascade;`);

    this.addSql(`drop type "consultation_kind";`);
    this.addSql(`drop type "consultation_status";`);
    this.addSql(`drop type "charged_to";`);
  }

}
