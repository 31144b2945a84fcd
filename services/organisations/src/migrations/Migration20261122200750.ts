import { Migration } from "@kinderschutz/subgraph-kit";

export class Migration20261122200750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "region_kind" as enum ('STATE', 'DISTRICT', 'INDEPENDENT_CITY', 'MUNICIPALITY');`);
    this.addSql(`create type "organisation_kind" as enum ('YOUTH_OFFICE', 'MINISTRY', 'PROJECT_OFFICE', 'INDEPENDENT_PROVIDER', 'DAYCARE', 'SCHOOL', 'HEALTH_OFFICE', 'HOSPITAL', 'MEDICAL_PRACTICE', 'MIDWIFERY', 'EARLY_INTERVENTION', 'COUNSELLING_CENTRE', 'FAMILY_EDUCATION', 'SOCIAL_WELFARE_OFFICE', 'JOB_CENTRE', 'POLICE', 'FAMILY_COURT', 'PUBLIC_PROSECUTOR', 'ASSOCIATION', 'OTHER');`);
    this.addSql(`create type "sector" as enum ('CHILD_AND_YOUTH_WELFARE', 'HEALTH', 'EDUCATION', 'JUSTICE', 'POLICE', 'SOCIAL', 'CIVIL_SOCIETY');`);
    this.addSql(`create type "record_status" as enum ('ACTIVE', 'ARCHIVED');`);
    this.addSql(`create type "legal_basis" as enum ('SGB_VIII_8A', 'KKG_3', 'KKG_4', 'OTHER');`);
    this.addSql(`create type "agreement_status" as enum ('PLANNED', 'SIGNED', 'EXPIRED');`);
    this.addSql(`create type "offer_kind" as enum ('GROUP', 'INDIVIDUAL', 'COUNSELLING', 'LEISURE', 'THERAPEUTIC');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "subject" varchar(200) not null, "role" varchar(20) not null, "caller_district_key" varchar(12) null, "entity_type" varchar(60) not null, "entity_id" varchar(60) not null, "action" varchar(10) not null, "owner_district_key" varchar(12) null, "changes" jsonb not null, "reason" varchar(500) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_owner_district_key_index" on "audit_entry" ("owner_district_key");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_at_index" on "audit_entry" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "region" ("key" varchar(12) not null, "name" varchar(200) not null, "kind" "region_kind" not null, "parent_key" varchar(12) null, "valid_from" date null, "valid_until" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "region_pkey" primary key ("key"));`);
    this.addSql(`create index "region_parent_key_index" on "region" ("parent_key");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "name" varchar(300) not null, "kind" "organisation_kind" not null, "sector" "sector" not null, "region_key" varchar(12) not null, "district_key" varchar(12) null, "street" varchar(200) null, "postal_code" varchar(10) null, "city" varchar(100) null, "website" varchar(300) null, "email" varchar(254) null, "status" "record_status" not null default 'ACTIVE', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);
    this.addSql(`create index "organisation_kind_name_index" on "organisation" ("kind", "name");`);
    this.addSql(`create index "organisation_district_key_name_index" on "organisation" ("district_key", "name");`);

    this.addSql(`create table "cooperation_agreement" ("id" uuid not null, "title" varchar(300) not null, "legal_basis" "legal_basis" not null, "status" "agreement_status" not null, "signed_on" date null, "valid_until" date null, "keeper_id" uuid not null, "district_key" varchar(12) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "cooperation_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "cooperation_agreement_district_key_index" on "cooperation_agreement" ("district_key");`);

    this.addSql(`create table "cooperation_agreement_party" ("cooperation_agreement_id" uuid not null, "organisation_id" uuid not null, constraint "cooperation_agreement_party_pkey" primary key ("cooperation_agreement_id", "organisation_id"));`);

    this.addSql(`create table "contact" ("id" uuid not null, "organisation_id" uuid not null, "district_key" varchar(12) null, "function" varchar(200) not null, "name" varchar(200) null, "email" varchar(254) null, "phone" varchar(50) null, "erased_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "contact_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_organisation_id_index" on "contact" ("organisation_id");`);

    this.addSql(`create table "offer" ("id" uuid not null, "title" varchar(300) not null, "kind" "offer_kind" not null, "provider_id" uuid not null, "region_key" varchar(12) null, "district_key" varchar(12) null, "min_age" int null, "max_age" int null, "status" "record_status" not null default 'ACTIVE', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "offer_pkey" primary key ("id"));`);
    this.addSql(`create index "offer_provider_id_index" on "offer" ("provider_id");`);
    this.addSql(`create index "offer_district_key_title_index" on "offer" ("district_key", "title");`);

    this.addSql(`create table "region_succession" ("predecessor_key" varchar(12) not null, "successor_key" varchar(12) not null, constraint "region_succession_pkey" primary key ("predecessor_key", "successor_key"));`);

    this.addSql(`alter table "region" add constraint "region_parent_key_foreign" foreign key ("parent_key") references "region" ("key") on update cascade on delete restrict;`);

    this.addSql(`alter table "organisation" add constraint "organisation_region_key_foreign" foreign key ("region_key") references "region" ("key") on update cascade on delete restrict;`);

    this.addSql(`alter table "cooperation_agreement" add constraint "cooperation_agreement_keeper_id_foreign" foreign key ("keeper_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "cooperation_agreement_party" add constraint "cooperation_agreement_party_cooperation_agreement_id_foreign" foreign key ("cooperation_agreement_id") references "cooperation_agreement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cooperation_agreement_party" add constraint "cooperation_agreement_party_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contact" add constraint "contact_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "offer" add constraint "offer_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_region_key_foreign" foreign key ("region_key") references "region" ("key") on update cascade on delete restrict;`);

    this.addSql(`alter table "region_succession" add constraint "region_succession_predecessor_key_foreign" foreign key ("predecessor_key") references "region" ("key") on update cascade on delete cascade;`);
    this.addSql(`alter table "region_succession" add constraint "region_succession_successor_key_foreign" foreign key ("successor_key") references "region" ("key") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" drop constraint "region_parent_key_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_region_key_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_region_key_foreign";`);

    this.addSql(`alter table "region_succession" drop constraint "region_succession_predecessor_key_foreign";`);

    this.addSql(`alter table "region_succession" drop constraint "region_succession_successor_key_foreign";`);

    this.addSql(`alter table "cooperation_agreement" drop constraint "cooperation_agreement_keeper_id_foreign";`);

    this.addSql(`alter table "cooperation_agreement_party" drop constraint "cooperation_agreement_party_organisation_id_foreign";`);

    this.addSql(`alter table "contact" drop constraint "contact_organisation_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_provider_id_foreign";`);

    this.addSql(`alter table "cooperation_agreement_party" drop constraint "cooperation_agreement_party_cooperation_agreement_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "cooperation_agreement" cascade;`);

    this.addSql(`drop table if exists "cooperation_agreement_party" cascade;`);

    this.addSql(`drop table if exists "contact" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "region_succession" cascade;`);

    this.addSql(`drop type "region_kind";`);
    this.addSql(`drop type "organisation_kind";`);
    this.addSql(`drop type "sector";`);
    this.addSql(`drop type "record_status";`);
    this.addSql(`drop type "legal_basis";`);
    this.addSql(`drop type "agreement_status";`);
    this.addSql(`drop type "offer_kind";`);
  }

}
