import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tracked_links_destination_type" AS ENUM('content', 'url');
  CREATE TYPE "public"."enum_clicks_bot_reason" AS ENUM('user-agent', 'head', 'prefetch');
  CREATE TYPE "public"."enum_sources_kind" AS ENUM('website', 'app', 'server');
  CREATE TYPE "public"."enum_events_type" AS ENUM('track', 'page', 'identify', 'alias');
  CREATE TYPE "public"."enum_accounts_size" AS ENUM('1-49', '50-249', '250-999', '1000+');
  CREATE TYPE "public"."enum_attribution_credits_model" AS ENUM('FIRST_TOUCH', 'LAST_TOUCH', 'LAST_NON_DIRECT', 'LINEAR', 'POSITION_BASED', 'TIME_DECAY');
  CREATE TYPE "public"."enum_attribution_credits_touch_kind" AS ENUM('click', 'visit');
  CREATE TABLE "tracked_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"destination_type" "enum_tracked_links_destination_type" DEFAULT 'content' NOT NULL,
  	"url" varchar,
  	"campaign_id" integer,
  	"channel" varchar,
  	"utm_source" varchar,
  	"utm_medium" varchar,
  	"utm_campaign" varchar,
  	"utm_term" varchar,
  	"utm_content" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tracked_links_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"white_papers_id" integer,
  	"guides_id" integer,
  	"product_copy_id" integer,
  	"articles_id" integer,
  	"landing_pages_id" integer
  );
  
  CREATE TABLE "clicks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"click_id" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"link_id" numeric NOT NULL,
  	"code" varchar NOT NULL,
  	"campaign_key" varchar,
  	"channel" varchar,
  	"content_type" varchar,
  	"content_id" numeric,
  	"human" boolean DEFAULT true NOT NULL,
  	"bot_reason" "enum_clicks_bot_reason",
  	"referrer" varchar,
  	"user_agent" varchar
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_sources_kind" DEFAULT 'website' NOT NULL,
  	"write_key" varchar,
  	"secret_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dedupe_key" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"source_id" numeric NOT NULL,
  	"message_id" varchar NOT NULL,
  	"type" "enum_events_type" NOT NULL,
  	"event" varchar,
  	"anonymous_id" varchar,
  	"user_id" varchar,
  	"previous_id" varchar,
  	"click_id" varchar,
  	"utm_source" varchar,
  	"utm_medium" varchar,
  	"utm_campaign" varchar,
  	"utm_term" varchar,
  	"utm_content" varchar,
  	"page_url" varchar,
  	"referrer" varchar,
  	"properties" jsonb,
  	"traits" jsonb
  );
  
  CREATE TABLE "conversions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dedupe_key" varchar NOT NULL,
  	"source_id" numeric NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"click_id" varchar,
  	"anonymous_id" varchar,
  	"user_id" varchar,
  	"email" varchar,
  	"account_domain" varchar,
  	"revenue" numeric,
  	"currency" varchar,
  	"properties" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"domain" varchar NOT NULL,
  	"industry_id" integer,
  	"size" "enum_accounts_size",
  	"key_account" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar,
  	"name" varchar,
  	"job_title" varchar,
  	"account_id" integer,
  	"consent_email" boolean DEFAULT false,
  	"consent_tracking" boolean DEFAULT true,
  	"consent_updated_at" timestamp(3) with time zone,
  	"traits" jsonb,
  	"first_seen_at" timestamp(3) with time zone,
  	"last_seen_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "identities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"contact_id" numeric NOT NULL
  );
  
  CREATE TABLE "attribution_credits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"conversion_id" numeric NOT NULL,
  	"conversion_event" varchar NOT NULL,
  	"conversion_at" timestamp(3) with time zone NOT NULL,
  	"model" "enum_attribution_credits_model" NOT NULL,
  	"contact_id" numeric,
  	"account_id" numeric,
  	"touch_at" timestamp(3) with time zone NOT NULL,
  	"touch_kind" "enum_attribution_credits_touch_kind" NOT NULL,
  	"direct" boolean DEFAULT false NOT NULL,
  	"click_id" varchar,
  	"link_id" numeric,
  	"campaign_key" varchar,
  	"channel" varchar,
  	"content_type" varchar,
  	"content_id" numeric,
  	"weight" numeric NOT NULL,
  	"revenue" numeric,
  	"currency" varchar
  );
  
  CREATE TABLE "attribution_settings_allowed_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "attribution_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tracked_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clicks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conversions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "accounts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "identities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attribution_credits_id" integer;
  ALTER TABLE "tracked_links" ADD CONSTRAINT "tracked_links_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracked_links_rels" ADD CONSTRAINT "tracked_links_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tracked_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tracked_links_rels" ADD CONSTRAINT "tracked_links_rels_white_papers_fk" FOREIGN KEY ("white_papers_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tracked_links_rels" ADD CONSTRAINT "tracked_links_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tracked_links_rels" ADD CONSTRAINT "tracked_links_rels_product_copy_fk" FOREIGN KEY ("product_copy_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tracked_links_rels" ADD CONSTRAINT "tracked_links_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tracked_links_rels" ADD CONSTRAINT "tracked_links_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attribution_settings_allowed_domains" ADD CONSTRAINT "attribution_settings_allowed_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."attribution_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "tracked_links_code_idx" ON "tracked_links" USING btree ("code");
  CREATE INDEX "tracked_links_campaign_idx" ON "tracked_links" USING btree ("campaign_id");
  CREATE INDEX "tracked_links_channel_idx" ON "tracked_links" USING btree ("channel");
  CREATE INDEX "tracked_links_updated_at_idx" ON "tracked_links" USING btree ("updated_at");
  CREATE INDEX "tracked_links_created_at_idx" ON "tracked_links" USING btree ("created_at");
  CREATE INDEX "tracked_links_rels_order_idx" ON "tracked_links_rels" USING btree ("order");
  CREATE INDEX "tracked_links_rels_parent_idx" ON "tracked_links_rels" USING btree ("parent_id");
  CREATE INDEX "tracked_links_rels_path_idx" ON "tracked_links_rels" USING btree ("path");
  CREATE INDEX "tracked_links_rels_white_papers_id_idx" ON "tracked_links_rels" USING btree ("white_papers_id");
  CREATE INDEX "tracked_links_rels_guides_id_idx" ON "tracked_links_rels" USING btree ("guides_id");
  CREATE INDEX "tracked_links_rels_product_copy_id_idx" ON "tracked_links_rels" USING btree ("product_copy_id");
  CREATE INDEX "tracked_links_rels_articles_id_idx" ON "tracked_links_rels" USING btree ("articles_id");
  CREATE INDEX "tracked_links_rels_landing_pages_id_idx" ON "tracked_links_rels" USING btree ("landing_pages_id");
  CREATE UNIQUE INDEX "clicks_click_id_idx" ON "clicks" USING btree ("click_id");
  CREATE INDEX "clicks_at_idx" ON "clicks" USING btree ("at");
  CREATE UNIQUE INDEX "sources_write_key_idx" ON "sources" USING btree ("write_key");
  CREATE UNIQUE INDEX "sources_secret_key_idx" ON "sources" USING btree ("secret_key");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE UNIQUE INDEX "events_dedupe_key_idx" ON "events" USING btree ("dedupe_key");
  CREATE INDEX "events_at_idx" ON "events" USING btree ("at");
  CREATE UNIQUE INDEX "conversions_dedupe_key_idx" ON "conversions" USING btree ("dedupe_key");
  CREATE INDEX "conversions_event_idx" ON "conversions" USING btree ("event");
  CREATE INDEX "conversions_at_idx" ON "conversions" USING btree ("at");
  CREATE INDEX "conversions_click_id_idx" ON "conversions" USING btree ("click_id");
  CREATE INDEX "conversions_email_idx" ON "conversions" USING btree ("email");
  CREATE INDEX "conversions_updated_at_idx" ON "conversions" USING btree ("updated_at");
  CREATE INDEX "conversions_created_at_idx" ON "conversions" USING btree ("created_at");
  CREATE UNIQUE INDEX "accounts_domain_idx" ON "accounts" USING btree ("domain");
  CREATE INDEX "accounts_industry_idx" ON "accounts" USING btree ("industry_id");
  CREATE INDEX "accounts_key_account_idx" ON "accounts" USING btree ("key_account");
  CREATE INDEX "accounts_updated_at_idx" ON "accounts" USING btree ("updated_at");
  CREATE INDEX "accounts_created_at_idx" ON "accounts" USING btree ("created_at");
  CREATE UNIQUE INDEX "contacts_email_idx" ON "contacts" USING btree ("email");
  CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("account_id");
  CREATE INDEX "contacts_last_seen_at_idx" ON "contacts" USING btree ("last_seen_at");
  CREATE INDEX "contacts_updated_at_idx" ON "contacts" USING btree ("updated_at");
  CREATE INDEX "contacts_created_at_idx" ON "contacts" USING btree ("created_at");
  CREATE UNIQUE INDEX "identities_key_idx" ON "identities" USING btree ("key");
  CREATE INDEX "identities_contact_id_idx" ON "identities" USING btree ("contact_id");
  CREATE INDEX "attribution_credits_conversion_id_idx" ON "attribution_credits" USING btree ("conversion_id");
  CREATE INDEX "model_conversionAt_idx" ON "attribution_credits" USING btree ("model","conversion_at");
  CREATE INDEX "attribution_settings_allowed_domains_order_idx" ON "attribution_settings_allowed_domains" USING btree ("_order");
  CREATE INDEX "attribution_settings_allowed_domains_parent_id_idx" ON "attribution_settings_allowed_domains" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tracked_links_fk" FOREIGN KEY ("tracked_links_id") REFERENCES "public"."tracked_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clicks_fk" FOREIGN KEY ("clicks_id") REFERENCES "public"."clicks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conversions_fk" FOREIGN KEY ("conversions_id") REFERENCES "public"."conversions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_identities_fk" FOREIGN KEY ("identities_id") REFERENCES "public"."identities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attribution_credits_fk" FOREIGN KEY ("attribution_credits_id") REFERENCES "public"."attribution_credits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_tracked_links_id_idx" ON "payload_locked_documents_rels" USING btree ("tracked_links_id");
  CREATE INDEX "payload_locked_documents_rels_clicks_id_idx" ON "payload_locked_documents_rels" USING btree ("clicks_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_conversions_id_idx" ON "payload_locked_documents_rels" USING btree ("conversions_id");
  CREATE INDEX "payload_locked_documents_rels_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_locked_documents_rels_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("contacts_id");
  CREATE INDEX "payload_locked_documents_rels_identities_id_idx" ON "payload_locked_documents_rels" USING btree ("identities_id");
  CREATE INDEX "payload_locked_documents_rels_attribution_credits_id_idx" ON "payload_locked_documents_rels" USING btree ("attribution_credits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tracked_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tracked_links_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clicks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conversions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "identities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attribution_credits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attribution_settings_allowed_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attribution_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tracked_links" CASCADE;
  DROP TABLE "tracked_links_rels" CASCADE;
  DROP TABLE "clicks" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "conversions" CASCADE;
  DROP TABLE "accounts" CASCADE;
  DROP TABLE "contacts" CASCADE;
  DROP TABLE "identities" CASCADE;
  DROP TABLE "attribution_credits" CASCADE;
  DROP TABLE "attribution_settings_allowed_domains" CASCADE;
  DROP TABLE "attribution_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tracked_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clicks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sources_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conversions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_accounts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_identities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attribution_credits_fk";
  
  DROP INDEX "payload_locked_documents_rels_tracked_links_id_idx";
  DROP INDEX "payload_locked_documents_rels_clicks_id_idx";
  DROP INDEX "payload_locked_documents_rels_sources_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_conversions_id_idx";
  DROP INDEX "payload_locked_documents_rels_accounts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_identities_id_idx";
  DROP INDEX "payload_locked_documents_rels_attribution_credits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tracked_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clicks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sources_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conversions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "accounts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "identities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attribution_credits_id";
  DROP TYPE "public"."enum_tracked_links_destination_type";
  DROP TYPE "public"."enum_clicks_bot_reason";
  DROP TYPE "public"."enum_sources_kind";
  DROP TYPE "public"."enum_events_type";
  DROP TYPE "public"."enum_accounts_size";
  DROP TYPE "public"."enum_attribution_credits_model";
  DROP TYPE "public"."enum_attribution_credits_touch_kind";`)
}
