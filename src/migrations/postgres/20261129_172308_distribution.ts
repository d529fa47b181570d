import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_channels_kind" AS ENUM('email', 'webhook', 'feed', 'social', 'conference');
  CREATE TYPE "public"."enum_channels_social_network" AS ENUM('linkedin', 'x', 'facebook', 'wechat', 'weibo', 'other');
  CREATE TYPE "public"."enum_channels_cost_per" AS ENUM('send', 'month', 'placement');
  CREATE TYPE "public"."enum_distributions_schedule_mode" AS ENUM('now', 'at', 'local');
  CREATE TYPE "public"."enum_distributions_schedule_repeat" AS ENUM('none', 'weekly');
  CREATE TYPE "public"."enum_distributions_schedule_weekday" AS ENUM('0', '1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum_distributions_status" AS ENUM('draft', 'scheduled', 'sending', 'sent', 'partially-failed', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'bounced', 'opened', 'clicked', 'unsubscribed', 'suppressed', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDistribution';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDistribution';
  CREATE TABLE "contact_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contacts_id" integer
  );
  
  CREATE TABLE "channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_channels_kind" NOT NULL,
  	"email_from_name" varchar,
  	"email_from_address" varchar,
  	"email_reply_to" varchar,
  	"email_smtp_url" varchar,
  	"email_batch_size" numeric DEFAULT 50,
  	"email_concurrency" numeric DEFAULT 2,
  	"email_rate_per_minute" numeric DEFAULT 600,
  	"webhook_url" varchar,
  	"webhook_secret" varchar,
  	"webhook_timeout_ms" numeric DEFAULT 10000,
  	"feed_description" varchar,
  	"feed_items" numeric DEFAULT 50,
  	"social_network" "enum_channels_social_network" DEFAULT 'linkedin',
  	"social_account" varchar,
  	"conference_event" varchar,
  	"conference_location" varchar,
  	"conference_starts_at" timestamp(3) with time zone,
  	"cost_amount" numeric,
  	"cost_per" "enum_channels_cost_per" DEFAULT 'month',
  	"cost_currency" varchar DEFAULT 'USD',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "distributions_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel_id" integer NOT NULL,
  	"subject" varchar,
  	"preheader" varchar,
  	"copy" varchar,
  	"image_id" integer,
  	"cta_label" varchar,
  	"cta_url" varchar
  );
  
  CREATE TABLE "distributions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"campaign_id" integer,
  	"audience_all_subscribers" boolean DEFAULT false,
  	"schedule_mode" "enum_distributions_schedule_mode" DEFAULT 'now' NOT NULL,
  	"schedule_at" timestamp(3) with time zone,
  	"schedule_time_zone" varchar DEFAULT 'UTC',
  	"schedule_local_time" varchar DEFAULT '09:00',
  	"schedule_repeat" "enum_distributions_schedule_repeat" DEFAULT 'none',
  	"schedule_weekday" "enum_distributions_schedule_weekday",
  	"approval_approved_by_id" integer,
  	"approval_approved_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"status" "enum_distributions_status" DEFAULT 'draft' NOT NULL,
  	"progress_next_run_at" timestamp(3) with time zone,
  	"progress_started_at" timestamp(3) with time zone,
  	"progress_finished_at" timestamp(3) with time zone,
  	"progress_occurrence" numeric DEFAULT 0,
  	"progress_planned_occurrence" numeric,
  	"progress_heartbeat_at" timestamp(3) with time zone,
  	"progress_last_error" varchar,
  	"sent_count" numeric DEFAULT 0,
  	"failed_count" numeric DEFAULT 0,
  	"total_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "distributions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"white_papers_id" integer,
  	"guides_id" integer,
  	"product_copy_id" integer,
  	"articles_id" integer,
  	"landing_pages_id" integer,
  	"channels_id" integer,
  	"growth_layers_id" integer,
  	"industries_id" integer,
  	"accounts_id" integer,
  	"contact_lists_id" integer
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"send_key" varchar NOT NULL,
  	"distribution_id" numeric NOT NULL,
  	"channel_id" numeric NOT NULL,
  	"occurrence" numeric DEFAULT 0 NOT NULL,
  	"contact_id" numeric,
  	"email" varchar,
  	"status" "enum_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"message_id" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"opened_at" timestamp(3) with time zone,
  	"clicked_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"bounced_at" timestamp(3) with time zone,
  	"placement" jsonb,
  	"posted_at" timestamp(3) with time zone,
  	"posted_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "distribution_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"approval_threshold" numeric DEFAULT 1000 NOT NULL,
  	"max_attempts" numeric DEFAULT 5 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "tracked_links" ADD COLUMN "distribution_id" numeric;
  ALTER TABLE "clicks" ADD COLUMN "delivery_id" numeric;
  ALTER TABLE "contacts" ADD COLUMN "time_zone" varchar;
  ALTER TABLE "contacts" ADD COLUMN "suppression_unsubscribed_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "suppression_bounced_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "suppression_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "channels_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "distributions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "contact_lists_rels" ADD CONSTRAINT "contact_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_lists_rels" ADD CONSTRAINT "contact_lists_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_variants" ADD CONSTRAINT "distributions_variants_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions_variants" ADD CONSTRAINT "distributions_variants_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions_variants" ADD CONSTRAINT "distributions_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_approval_approved_by_id_users_id_fk" FOREIGN KEY ("approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_white_papers_fk" FOREIGN KEY ("white_papers_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_product_copy_fk" FOREIGN KEY ("product_copy_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_contact_lists_fk" FOREIGN KEY ("contact_lists_id") REFERENCES "public"."contact_lists"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contact_lists_updated_at_idx" ON "contact_lists" USING btree ("updated_at");
  CREATE INDEX "contact_lists_created_at_idx" ON "contact_lists" USING btree ("created_at");
  CREATE INDEX "contact_lists_rels_order_idx" ON "contact_lists_rels" USING btree ("order");
  CREATE INDEX "contact_lists_rels_parent_idx" ON "contact_lists_rels" USING btree ("parent_id");
  CREATE INDEX "contact_lists_rels_path_idx" ON "contact_lists_rels" USING btree ("path");
  CREATE INDEX "contact_lists_rels_contacts_id_idx" ON "contact_lists_rels" USING btree ("contacts_id");
  CREATE UNIQUE INDEX "channels_slug_idx" ON "channels" USING btree ("slug");
  CREATE INDEX "channels_updated_at_idx" ON "channels" USING btree ("updated_at");
  CREATE INDEX "channels_created_at_idx" ON "channels" USING btree ("created_at");
  CREATE INDEX "distributions_variants_order_idx" ON "distributions_variants" USING btree ("_order");
  CREATE INDEX "distributions_variants_parent_id_idx" ON "distributions_variants" USING btree ("_parent_id");
  CREATE INDEX "distributions_variants_channel_idx" ON "distributions_variants" USING btree ("channel_id");
  CREATE INDEX "distributions_variants_image_idx" ON "distributions_variants" USING btree ("image_id");
  CREATE INDEX "distributions_campaign_idx" ON "distributions" USING btree ("campaign_id");
  CREATE INDEX "distributions_approval_approval_approved_by_idx" ON "distributions" USING btree ("approval_approved_by_id");
  CREATE INDEX "distributions_created_by_idx" ON "distributions" USING btree ("created_by_id");
  CREATE INDEX "distributions_status_idx" ON "distributions" USING btree ("status");
  CREATE INDEX "distributions_progress_progress_next_run_at_idx" ON "distributions" USING btree ("progress_next_run_at");
  CREATE INDEX "distributions_updated_at_idx" ON "distributions" USING btree ("updated_at");
  CREATE INDEX "distributions_created_at_idx" ON "distributions" USING btree ("created_at");
  CREATE INDEX "distributions_rels_order_idx" ON "distributions_rels" USING btree ("order");
  CREATE INDEX "distributions_rels_parent_idx" ON "distributions_rels" USING btree ("parent_id");
  CREATE INDEX "distributions_rels_path_idx" ON "distributions_rels" USING btree ("path");
  CREATE INDEX "distributions_rels_white_papers_id_idx" ON "distributions_rels" USING btree ("white_papers_id");
  CREATE INDEX "distributions_rels_guides_id_idx" ON "distributions_rels" USING btree ("guides_id");
  CREATE INDEX "distributions_rels_product_copy_id_idx" ON "distributions_rels" USING btree ("product_copy_id");
  CREATE INDEX "distributions_rels_articles_id_idx" ON "distributions_rels" USING btree ("articles_id");
  CREATE INDEX "distributions_rels_landing_pages_id_idx" ON "distributions_rels" USING btree ("landing_pages_id");
  CREATE INDEX "distributions_rels_channels_id_idx" ON "distributions_rels" USING btree ("channels_id");
  CREATE INDEX "distributions_rels_growth_layers_id_idx" ON "distributions_rels" USING btree ("growth_layers_id");
  CREATE INDEX "distributions_rels_industries_id_idx" ON "distributions_rels" USING btree ("industries_id");
  CREATE INDEX "distributions_rels_accounts_id_idx" ON "distributions_rels" USING btree ("accounts_id");
  CREATE INDEX "distributions_rels_contact_lists_id_idx" ON "distributions_rels" USING btree ("contact_lists_id");
  CREATE UNIQUE INDEX "deliveries_send_key_idx" ON "deliveries" USING btree ("send_key");
  CREATE INDEX "deliveries_contact_id_idx" ON "deliveries" USING btree ("contact_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "distributionId_status_dueAt_idx" ON "deliveries" USING btree ("distribution_id","status","due_at");
  CREATE INDEX "channelId_status_sentAt_idx" ON "deliveries" USING btree ("channel_id","status","sent_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_lists_fk" FOREIGN KEY ("contact_lists_id") REFERENCES "public"."contact_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_distributions_fk" FOREIGN KEY ("distributions_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tracked_links_distribution_id_idx" ON "tracked_links" USING btree ("distribution_id");
  CREATE INDEX "payload_locked_documents_rels_contact_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_lists_id");
  CREATE INDEX "payload_locked_documents_rels_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("channels_id");
  CREATE INDEX "payload_locked_documents_rels_distributions_id_idx" ON "payload_locked_documents_rels" USING btree ("distributions_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_lists_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distributions_variants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distributions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distributions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distribution_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contact_lists" CASCADE;
  DROP TABLE "contact_lists_rels" CASCADE;
  DROP TABLE "channels" CASCADE;
  DROP TABLE "distributions_variants" CASCADE;
  DROP TABLE "distributions" CASCADE;
  DROP TABLE "distributions_rels" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "distribution_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contact_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_channels_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_distributions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks', 'recomputeAttribution');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks', 'recomputeAttribution');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "tracked_links_distribution_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_channels_id_idx";
  DROP INDEX "payload_locked_documents_rels_distributions_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "tracked_links" DROP COLUMN "distribution_id";
  ALTER TABLE "clicks" DROP COLUMN "delivery_id";
  ALTER TABLE "contacts" DROP COLUMN "time_zone";
  ALTER TABLE "contacts" DROP COLUMN "suppression_unsubscribed_at";
  ALTER TABLE "contacts" DROP COLUMN "suppression_bounced_at";
  ALTER TABLE "contacts" DROP COLUMN "suppression_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "channels_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "distributions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_channels_kind";
  DROP TYPE "public"."enum_channels_social_network";
  DROP TYPE "public"."enum_channels_cost_per";
  DROP TYPE "public"."enum_distributions_schedule_mode";
  DROP TYPE "public"."enum_distributions_schedule_repeat";
  DROP TYPE "public"."enum_distributions_schedule_weekday";
  DROP TYPE "public"."enum_distributions_status";
  DROP TYPE "public"."enum_deliveries_status";`)
}
