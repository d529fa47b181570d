import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_attribution_settings_conversion_rules_scope" AS ENUM('contact', 'account');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recomputeAttribution';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recomputeAttribution';
  CREATE TABLE "credit_rollups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"model" varchar NOT NULL,
  	"conversion_event" varchar NOT NULL,
  	"dimension" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"touches" numeric NOT NULL,
  	"conversions" numeric NOT NULL,
  	"revenue" numeric NOT NULL
  );
  
  CREATE TABLE "click_rollups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"dimension" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"clicks" numeric NOT NULL
  );
  
  CREATE TABLE "attribution_settings_conversion_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"event" varchar NOT NULL,
  	"lookback_days" numeric DEFAULT 30 NOT NULL,
  	"scope" "enum_attribution_settings_conversion_rules_scope" DEFAULT 'contact' NOT NULL
  );
  
  ALTER TABLE "conversions" ADD COLUMN "contact_id" numeric;
  ALTER TABLE "contacts" ADD COLUMN "layer_id" integer;
  ALTER TABLE "attribution_credits" ADD COLUMN "layer" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "credit_rollups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "click_rollups_id" integer;
  ALTER TABLE "attribution_settings" ADD COLUMN "half_life_days" numeric DEFAULT 7 NOT NULL;
  ALTER TABLE "attribution_settings_conversion_rules" ADD CONSTRAINT "attribution_settings_conversion_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."attribution_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "model_dimension_day_conversionEvent_key_idx" ON "credit_rollups" USING btree ("model","dimension","day","conversion_event","key");
  CREATE UNIQUE INDEX "dimension_day_key_idx" ON "click_rollups" USING btree ("dimension","day","key");
  CREATE INDEX "attribution_settings_conversion_rules_order_idx" ON "attribution_settings_conversion_rules" USING btree ("_order");
  CREATE INDEX "attribution_settings_conversion_rules_parent_id_idx" ON "attribution_settings_conversion_rules" USING btree ("_parent_id");
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_layer_id_growth_layers_id_fk" FOREIGN KEY ("layer_id") REFERENCES "public"."growth_layers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_credit_rollups_fk" FOREIGN KEY ("credit_rollups_id") REFERENCES "public"."credit_rollups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_click_rollups_fk" FOREIGN KEY ("click_rollups_id") REFERENCES "public"."click_rollups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conversions_contact_id_idx" ON "conversions" USING btree ("contact_id");
  CREATE INDEX "contacts_layer_idx" ON "contacts" USING btree ("layer_id");
  CREATE INDEX "payload_locked_documents_rels_credit_rollups_id_idx" ON "payload_locked_documents_rels" USING btree ("credit_rollups_id");
  CREATE INDEX "payload_locked_documents_rels_click_rollups_id_idx" ON "payload_locked_documents_rels" USING btree ("click_rollups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "credit_rollups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "click_rollups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attribution_settings_conversion_rules" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "credit_rollups" CASCADE;
  DROP TABLE "click_rollups" CASCADE;
  DROP TABLE "attribution_settings_conversion_rules" CASCADE;
  ALTER TABLE "contacts" DROP CONSTRAINT "contacts_layer_id_growth_layers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_credit_rollups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_click_rollups_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "conversions_contact_id_idx";
  DROP INDEX "contacts_layer_idx";
  DROP INDEX "payload_locked_documents_rels_credit_rollups_id_idx";
  DROP INDEX "payload_locked_documents_rels_click_rollups_id_idx";
  ALTER TABLE "conversions" DROP COLUMN "contact_id";
  ALTER TABLE "contacts" DROP COLUMN "layer_id";
  ALTER TABLE "attribution_credits" DROP COLUMN "layer";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "credit_rollups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "click_rollups_id";
  ALTER TABLE "attribution_settings" DROP COLUMN "half_life_days";
  DROP TYPE "public"."enum_attribution_settings_conversion_rules_scope";`)
}
