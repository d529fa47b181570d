import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_growth_layers_conditions_metric" AS ENUM('event-count', 'conversion-count', 'revenue', 'purchases', 'inactive-days');
  CREATE TYPE "public"."enum_growth_layers_match" AS ENUM('all', 'any');
  CREATE TYPE "public"."enum_accounts_sub_tier" AS ENUM('one-time', 'mid-level', 'potential-big', 'big');
  CREATE TYPE "public"."enum_contacts_sub_tier" AS ENUM('one-time', 'mid-level', 'potential-big', 'big');
  CREATE TYPE "public"."enum_layer_transitions_subject_type" AS ENUM('contact', 'account');
  CREATE TYPE "public"."enum_layer_transitions_direction" AS ENUM('up', 'down', 'lateral');
  CREATE TYPE "public"."enum_layer_transitions_trigger_kind" AS ENUM('event', 'conversion', 'recompute', 'dormancy');
  CREATE TYPE "public"."enum_transition_credits_subject_type" AS ENUM('contact', 'account');
  CREATE TYPE "public"."enum_transition_credits_model" AS ENUM('FIRST_TOUCH', 'LAST_TOUCH', 'LAST_NON_DIRECT', 'LINEAR', 'POSITION_BASED', 'TIME_DECAY');
  CREATE TYPE "public"."enum_transition_credits_touch_kind" AS ENUM('click', 'visit');
  CREATE TYPE "public"."enum_playbooks_cadence" AS ENUM('weekly', 'biweekly', 'monthly', 'quarterly');
  CREATE TYPE "public"."enum_growth_rules_cap_period" AS ENUM('day', 'week', 'month');
  CREATE TYPE "public"."enum_medals_criteria_kind" AS ENUM('rule-count', 'level', 'series', 'kudos');
  CREATE TYPE "public"."enum_growth_tasks_kind" AS ENUM('novice', 'main', 'recurring');
  CREATE TYPE "public"."enum_growth_tasks_scope" AS ENUM('total', 'single-source');
  CREATE TYPE "public"."enum_growth_tasks_period" AS ENUM('none', 'week', 'month');
  CREATE TYPE "public"."enum_team_growth_settings_privileges_privilege" AS ENUM('publish-small-edits', 'review-priority', 'badge');
  CREATE TYPE "public"."enum_team_growth_settings_curve_kind" AS ENUM('linear', 'power', 'exponential', 'piecewise');
  CREATE TYPE "public"."enum_layer_settings_sub_tiers_slug" AS ENUM('one-time', 'mid-level', 'potential-big', 'big');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'creditTransitions';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recomputeGrowth';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recomputeLayers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'creditTransitions';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recomputeGrowth';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recomputeLayers';
  CREATE TABLE "growth_layers_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_growth_layers_conditions_metric" NOT NULL,
  	"event" varchar,
  	"within_days" numeric,
  	"min" numeric NOT NULL
  );
  
  CREATE TABLE "layer_transitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_type" "enum_layer_transitions_subject_type" NOT NULL,
  	"contact_id" integer,
  	"account_id" integer,
  	"from_layer" varchar,
  	"to_layer" varchar,
  	"from_sub_tier" varchar,
  	"to_sub_tier" varchar,
  	"direction" "enum_layer_transitions_direction",
  	"at" timestamp(3) with time zone NOT NULL,
  	"trigger_kind" "enum_layer_transitions_trigger_kind",
  	"trigger_event" varchar,
  	"trigger_id" varchar,
  	"credited_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "transition_credits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"transition_id" numeric NOT NULL,
  	"subject_type" "enum_transition_credits_subject_type" NOT NULL,
  	"from_layer" varchar,
  	"to_layer" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"model" "enum_transition_credits_model" NOT NULL,
  	"contact_id" numeric,
  	"account_id" numeric,
  	"touch_at" timestamp(3) with time zone NOT NULL,
  	"touch_kind" "enum_transition_credits_touch_kind" NOT NULL,
  	"channel" varchar,
  	"campaign_key" varchar,
  	"content_type" varchar,
  	"content_id" numeric,
  	"link_id" numeric,
  	"weight" numeric NOT NULL
  );
  
  CREATE TABLE "playbooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"layer_id" integer NOT NULL,
  	"goal" varchar,
  	"cadence" "enum_playbooks_cadence" DEFAULT 'monthly',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "playbooks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"white_papers_id" integer,
  	"guides_id" integer,
  	"product_copy_id" integer,
  	"articles_id" integer,
  	"landing_pages_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "growth_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"points" numeric NOT NULL,
  	"cap_period" "enum_growth_rules_cap_period",
  	"cap_limit" numeric,
  	"repeatable" boolean DEFAULT false,
  	"self_allowed" boolean DEFAULT true,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "growth_ledger" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"rule" varchar NOT NULL,
  	"delta" numeric NOT NULL,
  	"units" numeric DEFAULT 1 NOT NULL,
  	"actor_id" integer,
  	"source" varchar NOT NULL,
  	"detail" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"reverses_id" integer,
  	"reason" varchar,
  	"dedupe_key" varchar,
  	"cap_slot" varchar
  );
  
  CREATE TABLE "medals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"criteria_kind" "enum_medals_criteria_kind" DEFAULT 'rule-count' NOT NULL,
  	"criteria_rule" varchar,
  	"criteria_series" varchar,
  	"criteria_min" numeric DEFAULT 1 NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "medal_awards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"medal_id" integer NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"source" varchar
  );
  
  CREATE TABLE "growth_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"kind" "enum_growth_tasks_kind" DEFAULT 'main' NOT NULL,
  	"rule" varchar NOT NULL,
  	"source_prefix" varchar,
  	"detail" varchar,
  	"target" numeric DEFAULT 1 NOT NULL,
  	"scope" "enum_growth_tasks_scope" DEFAULT 'total' NOT NULL,
  	"period" "enum_growth_tasks_period" DEFAULT 'none' NOT NULL,
  	"series" varchar,
  	"step" numeric,
  	"reward" numeric DEFAULT 10 NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kudos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"giver_id" integer,
  	"weight" numeric,
  	"note" varchar,
  	"dedupe_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kudos_rels" (
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
  
  CREATE TABLE "team_growth_settings_privileges" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"privilege" "enum_team_growth_settings_privileges_privilege" NOT NULL,
  	"level" numeric NOT NULL
  );
  
  CREATE TABLE "team_growth_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"curve_kind" "enum_team_growth_settings_curve_kind" DEFAULT 'power' NOT NULL,
  	"curve_base" numeric DEFAULT 50 NOT NULL,
  	"curve_exponent" numeric DEFAULT 1.5,
  	"curve_factor" numeric DEFAULT 2,
  	"curve_max_level" numeric DEFAULT 10 NOT NULL,
  	"demotion_window_days" numeric DEFAULT 90 NOT NULL,
  	"demotion_ratio" numeric DEFAULT 0.9 NOT NULL,
  	"demotion_grace_days" numeric DEFAULT 14 NOT NULL,
  	"demotion_requirement_share" numeric DEFAULT 0.25 NOT NULL,
  	"small_edit_chars" numeric DEFAULT 400 NOT NULL,
  	"kudos_weights_member" numeric DEFAULT 1 NOT NULL,
  	"kudos_weights_lead" numeric DEFAULT 2 NOT NULL,
  	"kudos_weights_admin" numeric DEFAULT 3 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "team_growth_settings_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "layer_settings_sub_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" "enum_layer_settings_sub_tiers_slug" NOT NULL,
  	"name" varchar NOT NULL,
  	"min_revenue" numeric,
  	"min_purchases" numeric
  );
  
  CREATE TABLE "layer_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"paying_layer" varchar DEFAULT 'paying' NOT NULL,
  	"currency" varchar DEFAULT 'USD' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "white_papers" ADD COLUMN "review_priority" numeric DEFAULT 0;
  ALTER TABLE "_white_papers_v" ADD COLUMN "version_review_priority" numeric DEFAULT 0;
  ALTER TABLE "guides" ADD COLUMN "review_priority" numeric DEFAULT 0;
  ALTER TABLE "_guides_v" ADD COLUMN "version_review_priority" numeric DEFAULT 0;
  ALTER TABLE "product_copy" ADD COLUMN "review_priority" numeric DEFAULT 0;
  ALTER TABLE "_product_copy_v" ADD COLUMN "version_review_priority" numeric DEFAULT 0;
  ALTER TABLE "articles" ADD COLUMN "review_priority" numeric DEFAULT 0;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_priority" numeric DEFAULT 0;
  ALTER TABLE "landing_pages" ADD COLUMN "review_priority" numeric DEFAULT 0;
  ALTER TABLE "_landing_pages_v" ADD COLUMN "version_review_priority" numeric DEFAULT 0;
  ALTER TABLE "industries" ADD COLUMN "benchmark_account_id" integer;
  ALTER TABLE "growth_layers" ADD COLUMN "match" "enum_growth_layers_match" DEFAULT 'all';
  ALTER TABLE "growth_layers" ADD COLUMN "overrides" boolean DEFAULT false;
  ALTER TABLE "accounts" ADD COLUMN "layer_id" integer;
  ALTER TABLE "accounts" ADD COLUMN "sub_tier" "enum_accounts_sub_tier";
  ALTER TABLE "accounts" ADD COLUMN "layer_since" timestamp(3) with time zone;
  ALTER TABLE "accounts" ADD COLUMN "revenue_to_date" numeric;
  ALTER TABLE "accounts" ADD COLUMN "purchases" numeric;
  ALTER TABLE "accounts" ADD COLUMN "last_activity_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "sub_tier" "enum_contacts_sub_tier";
  ALTER TABLE "contacts" ADD COLUMN "layer_since" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "revenue_to_date" numeric;
  ALTER TABLE "contacts" ADD COLUMN "purchases" numeric;
  ALTER TABLE "contacts" ADD COLUMN "last_activity_at" timestamp(3) with time zone;
  ALTER TABLE "contacts" ADD COLUMN "layer_counts" jsonb;
  ALTER TABLE "distributions" ADD COLUMN "playbook_id" integer;
  ALTER TABLE "users" ADD COLUMN "team" varchar;
  ALTER TABLE "users" ADD COLUMN "team_lead" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "growth_value" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "growth_level" numeric DEFAULT 1;
  ALTER TABLE "users" ADD COLUMN "growth_level_since" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "growth_last_activity_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "layer_transitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "transition_credits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "playbooks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "growth_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "growth_ledger_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "medals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "medal_awards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "growth_tasks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kudos_id" integer;
  ALTER TABLE "growth_layers_conditions" ADD CONSTRAINT "growth_layers_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "layer_transitions" ADD CONSTRAINT "layer_transitions_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "layer_transitions" ADD CONSTRAINT "layer_transitions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "playbooks" ADD CONSTRAINT "playbooks_layer_id_growth_layers_id_fk" FOREIGN KEY ("layer_id") REFERENCES "public"."growth_layers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_white_papers_fk" FOREIGN KEY ("white_papers_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_product_copy_fk" FOREIGN KEY ("product_copy_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "playbooks_rels" ADD CONSTRAINT "playbooks_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "growth_ledger" ADD CONSTRAINT "growth_ledger_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "growth_ledger" ADD CONSTRAINT "growth_ledger_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "growth_ledger" ADD CONSTRAINT "growth_ledger_reverses_id_growth_ledger_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."growth_ledger"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "medal_awards" ADD CONSTRAINT "medal_awards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "medal_awards" ADD CONSTRAINT "medal_awards_medal_id_medals_id_fk" FOREIGN KEY ("medal_id") REFERENCES "public"."medals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kudos" ADD CONSTRAINT "kudos_giver_id_users_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kudos_rels" ADD CONSTRAINT "kudos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kudos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kudos_rels" ADD CONSTRAINT "kudos_rels_white_papers_fk" FOREIGN KEY ("white_papers_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kudos_rels" ADD CONSTRAINT "kudos_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kudos_rels" ADD CONSTRAINT "kudos_rels_product_copy_fk" FOREIGN KEY ("product_copy_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kudos_rels" ADD CONSTRAINT "kudos_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kudos_rels" ADD CONSTRAINT "kudos_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "team_growth_settings_privileges" ADD CONSTRAINT "team_growth_settings_privileges_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."team_growth_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "team_growth_settings_numbers" ADD CONSTRAINT "team_growth_settings_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."team_growth_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "layer_settings_sub_tiers" ADD CONSTRAINT "layer_settings_sub_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."layer_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "growth_layers_conditions_order_idx" ON "growth_layers_conditions" USING btree ("_order");
  CREATE INDEX "growth_layers_conditions_parent_id_idx" ON "growth_layers_conditions" USING btree ("_parent_id");
  CREATE INDEX "layer_transitions_subject_type_idx" ON "layer_transitions" USING btree ("subject_type");
  CREATE INDEX "layer_transitions_contact_idx" ON "layer_transitions" USING btree ("contact_id");
  CREATE INDEX "layer_transitions_account_idx" ON "layer_transitions" USING btree ("account_id");
  CREATE INDEX "layer_transitions_at_idx" ON "layer_transitions" USING btree ("at");
  CREATE INDEX "layer_transitions_credited_at_idx" ON "layer_transitions" USING btree ("credited_at");
  CREATE INDEX "transition_credits_transition_id_idx" ON "transition_credits" USING btree ("transition_id");
  CREATE INDEX "transition_credits_at_idx" ON "transition_credits" USING btree ("at");
  CREATE INDEX "model_at_idx" ON "transition_credits" USING btree ("model","at");
  CREATE UNIQUE INDEX "playbooks_layer_idx" ON "playbooks" USING btree ("layer_id");
  CREATE INDEX "playbooks_updated_at_idx" ON "playbooks" USING btree ("updated_at");
  CREATE INDEX "playbooks_created_at_idx" ON "playbooks" USING btree ("created_at");
  CREATE INDEX "playbooks_rels_order_idx" ON "playbooks_rels" USING btree ("order");
  CREATE INDEX "playbooks_rels_parent_idx" ON "playbooks_rels" USING btree ("parent_id");
  CREATE INDEX "playbooks_rels_path_idx" ON "playbooks_rels" USING btree ("path");
  CREATE INDEX "playbooks_rels_white_papers_id_idx" ON "playbooks_rels" USING btree ("white_papers_id");
  CREATE INDEX "playbooks_rels_guides_id_idx" ON "playbooks_rels" USING btree ("guides_id");
  CREATE INDEX "playbooks_rels_product_copy_id_idx" ON "playbooks_rels" USING btree ("product_copy_id");
  CREATE INDEX "playbooks_rels_articles_id_idx" ON "playbooks_rels" USING btree ("articles_id");
  CREATE INDEX "playbooks_rels_landing_pages_id_idx" ON "playbooks_rels" USING btree ("landing_pages_id");
  CREATE INDEX "playbooks_rels_channels_id_idx" ON "playbooks_rels" USING btree ("channels_id");
  CREATE UNIQUE INDEX "growth_rules_key_idx" ON "growth_rules" USING btree ("key");
  CREATE INDEX "growth_rules_updated_at_idx" ON "growth_rules" USING btree ("updated_at");
  CREATE INDEX "growth_rules_created_at_idx" ON "growth_rules" USING btree ("created_at");
  CREATE INDEX "growth_ledger_user_idx" ON "growth_ledger" USING btree ("user_id");
  CREATE INDEX "growth_ledger_rule_idx" ON "growth_ledger" USING btree ("rule");
  CREATE INDEX "growth_ledger_actor_idx" ON "growth_ledger" USING btree ("actor_id");
  CREATE INDEX "growth_ledger_source_idx" ON "growth_ledger" USING btree ("source");
  CREATE INDEX "growth_ledger_at_idx" ON "growth_ledger" USING btree ("at");
  CREATE UNIQUE INDEX "growth_ledger_reverses_idx" ON "growth_ledger" USING btree ("reverses_id");
  CREATE UNIQUE INDEX "growth_ledger_dedupe_key_idx" ON "growth_ledger" USING btree ("dedupe_key");
  CREATE UNIQUE INDEX "growth_ledger_cap_slot_idx" ON "growth_ledger" USING btree ("cap_slot");
  CREATE INDEX "user_rule_at_idx" ON "growth_ledger" USING btree ("user_id","rule","at");
  CREATE INDEX "user_rule_source_idx" ON "growth_ledger" USING btree ("user_id","rule","source");
  CREATE UNIQUE INDEX "medals_slug_idx" ON "medals" USING btree ("slug");
  CREATE INDEX "medals_updated_at_idx" ON "medals" USING btree ("updated_at");
  CREATE INDEX "medals_created_at_idx" ON "medals" USING btree ("created_at");
  CREATE INDEX "medal_awards_user_idx" ON "medal_awards" USING btree ("user_id");
  CREATE INDEX "medal_awards_medal_idx" ON "medal_awards" USING btree ("medal_id");
  CREATE UNIQUE INDEX "user_medal_idx" ON "medal_awards" USING btree ("user_id","medal_id");
  CREATE INDEX "growth_tasks_series_idx" ON "growth_tasks" USING btree ("series");
  CREATE INDEX "growth_tasks_updated_at_idx" ON "growth_tasks" USING btree ("updated_at");
  CREATE INDEX "growth_tasks_created_at_idx" ON "growth_tasks" USING btree ("created_at");
  CREATE INDEX "kudos_giver_idx" ON "kudos" USING btree ("giver_id");
  CREATE UNIQUE INDEX "kudos_dedupe_key_idx" ON "kudos" USING btree ("dedupe_key");
  CREATE INDEX "kudos_updated_at_idx" ON "kudos" USING btree ("updated_at");
  CREATE INDEX "kudos_created_at_idx" ON "kudos" USING btree ("created_at");
  CREATE INDEX "kudos_rels_order_idx" ON "kudos_rels" USING btree ("order");
  CREATE INDEX "kudos_rels_parent_idx" ON "kudos_rels" USING btree ("parent_id");
  CREATE INDEX "kudos_rels_path_idx" ON "kudos_rels" USING btree ("path");
  CREATE INDEX "kudos_rels_white_papers_id_idx" ON "kudos_rels" USING btree ("white_papers_id");
  CREATE INDEX "kudos_rels_guides_id_idx" ON "kudos_rels" USING btree ("guides_id");
  CREATE INDEX "kudos_rels_product_copy_id_idx" ON "kudos_rels" USING btree ("product_copy_id");
  CREATE INDEX "kudos_rels_articles_id_idx" ON "kudos_rels" USING btree ("articles_id");
  CREATE INDEX "kudos_rels_landing_pages_id_idx" ON "kudos_rels" USING btree ("landing_pages_id");
  CREATE INDEX "team_growth_settings_privileges_order_idx" ON "team_growth_settings_privileges" USING btree ("_order");
  CREATE INDEX "team_growth_settings_privileges_parent_id_idx" ON "team_growth_settings_privileges" USING btree ("_parent_id");
  CREATE INDEX "team_growth_settings_numbers_order_parent_idx" ON "team_growth_settings_numbers" USING btree ("order","parent_id");
  CREATE INDEX "layer_settings_sub_tiers_order_idx" ON "layer_settings_sub_tiers" USING btree ("_order");
  CREATE INDEX "layer_settings_sub_tiers_parent_id_idx" ON "layer_settings_sub_tiers" USING btree ("_parent_id");
  ALTER TABLE "industries" ADD CONSTRAINT "industries_benchmark_account_id_accounts_id_fk" FOREIGN KEY ("benchmark_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_layer_id_growth_layers_id_fk" FOREIGN KEY ("layer_id") REFERENCES "public"."growth_layers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_layer_transitions_fk" FOREIGN KEY ("layer_transitions_id") REFERENCES "public"."layer_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transition_credits_fk" FOREIGN KEY ("transition_credits_id") REFERENCES "public"."transition_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_playbooks_fk" FOREIGN KEY ("playbooks_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_growth_rules_fk" FOREIGN KEY ("growth_rules_id") REFERENCES "public"."growth_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_growth_ledger_fk" FOREIGN KEY ("growth_ledger_id") REFERENCES "public"."growth_ledger"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_medals_fk" FOREIGN KEY ("medals_id") REFERENCES "public"."medals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_medal_awards_fk" FOREIGN KEY ("medal_awards_id") REFERENCES "public"."medal_awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_growth_tasks_fk" FOREIGN KEY ("growth_tasks_id") REFERENCES "public"."growth_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kudos_fk" FOREIGN KEY ("kudos_id") REFERENCES "public"."kudos"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "white_papers_review_priority_idx" ON "white_papers" USING btree ("review_priority");
  CREATE INDEX "_white_papers_v_version_version_review_priority_idx" ON "_white_papers_v" USING btree ("version_review_priority");
  CREATE INDEX "guides_review_priority_idx" ON "guides" USING btree ("review_priority");
  CREATE INDEX "_guides_v_version_version_review_priority_idx" ON "_guides_v" USING btree ("version_review_priority");
  CREATE INDEX "product_copy_review_priority_idx" ON "product_copy" USING btree ("review_priority");
  CREATE INDEX "_product_copy_v_version_version_review_priority_idx" ON "_product_copy_v" USING btree ("version_review_priority");
  CREATE INDEX "articles_review_priority_idx" ON "articles" USING btree ("review_priority");
  CREATE INDEX "_articles_v_version_version_review_priority_idx" ON "_articles_v" USING btree ("version_review_priority");
  CREATE INDEX "landing_pages_review_priority_idx" ON "landing_pages" USING btree ("review_priority");
  CREATE INDEX "_landing_pages_v_version_version_review_priority_idx" ON "_landing_pages_v" USING btree ("version_review_priority");
  CREATE INDEX "industries_benchmark_account_idx" ON "industries" USING btree ("benchmark_account_id");
  CREATE INDEX "events_user_id_idx" ON "events" USING btree ("user_id");
  CREATE INDEX "anonymousId_userId_type_event_at_idx" ON "events" USING btree ("anonymous_id","user_id","type","event","at");
  CREATE INDEX "accounts_layer_idx" ON "accounts" USING btree ("layer_id");
  CREATE INDEX "distributions_playbook_idx" ON "distributions" USING btree ("playbook_id");
  CREATE INDEX "users_team_idx" ON "users" USING btree ("team");
  CREATE INDEX "payload_locked_documents_rels_layer_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("layer_transitions_id");
  CREATE INDEX "payload_locked_documents_rels_transition_credits_id_idx" ON "payload_locked_documents_rels" USING btree ("transition_credits_id");
  CREATE INDEX "payload_locked_documents_rels_playbooks_id_idx" ON "payload_locked_documents_rels" USING btree ("playbooks_id");
  CREATE INDEX "payload_locked_documents_rels_growth_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("growth_rules_id");
  CREATE INDEX "payload_locked_documents_rels_growth_ledger_id_idx" ON "payload_locked_documents_rels" USING btree ("growth_ledger_id");
  CREATE INDEX "payload_locked_documents_rels_medals_id_idx" ON "payload_locked_documents_rels" USING btree ("medals_id");
  CREATE INDEX "payload_locked_documents_rels_medal_awards_id_idx" ON "payload_locked_documents_rels" USING btree ("medal_awards_id");
  CREATE INDEX "payload_locked_documents_rels_growth_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("growth_tasks_id");
  CREATE INDEX "payload_locked_documents_rels_kudos_id_idx" ON "payload_locked_documents_rels" USING btree ("kudos_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "growth_layers_conditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "layer_transitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transition_credits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "playbooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "playbooks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "growth_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "growth_ledger" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "medals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "medal_awards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "growth_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kudos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kudos_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "team_growth_settings_privileges" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "team_growth_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "team_growth_settings_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "layer_settings_sub_tiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "layer_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "growth_layers_conditions" CASCADE;
  DROP TABLE "layer_transitions" CASCADE;
  DROP TABLE "transition_credits" CASCADE;
  DROP TABLE "playbooks" CASCADE;
  DROP TABLE "playbooks_rels" CASCADE;
  DROP TABLE "growth_rules" CASCADE;
  DROP TABLE "growth_ledger" CASCADE;
  DROP TABLE "medals" CASCADE;
  DROP TABLE "medal_awards" CASCADE;
  DROP TABLE "growth_tasks" CASCADE;
  DROP TABLE "kudos" CASCADE;
  DROP TABLE "kudos_rels" CASCADE;
  DROP TABLE "team_growth_settings_privileges" CASCADE;
  DROP TABLE "team_growth_settings" CASCADE;
  DROP TABLE "team_growth_settings_numbers" CASCADE;
  DROP TABLE "layer_settings_sub_tiers" CASCADE;
  DROP TABLE "layer_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "industries" DROP CONSTRAINT "industries_benchmark_account_id_accounts_id_fk";
  
  ALTER TABLE "accounts" DROP CONSTRAINT "accounts_layer_id_growth_layers_id_fk";
  
  ALTER TABLE "distributions" DROP CONSTRAINT "distributions_playbook_id_playbooks_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_layer_transitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_transition_credits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_playbooks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_growth_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_growth_ledger_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_medals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_medal_awards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_growth_tasks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_kudos_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks', 'recomputeAttribution', 'sendDistribution');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks', 'recomputeAttribution', 'sendDistribution');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "white_papers_review_priority_idx";
  DROP INDEX "_white_papers_v_version_version_review_priority_idx";
  DROP INDEX "guides_review_priority_idx";
  DROP INDEX "_guides_v_version_version_review_priority_idx";
  DROP INDEX "product_copy_review_priority_idx";
  DROP INDEX "_product_copy_v_version_version_review_priority_idx";
  DROP INDEX "articles_review_priority_idx";
  DROP INDEX "_articles_v_version_version_review_priority_idx";
  DROP INDEX "landing_pages_review_priority_idx";
  DROP INDEX "_landing_pages_v_version_version_review_priority_idx";
  DROP INDEX "industries_benchmark_account_idx";
  DROP INDEX "events_user_id_idx";
  DROP INDEX "anonymousId_userId_type_event_at_idx";
  DROP INDEX "accounts_layer_idx";
  DROP INDEX "distributions_playbook_idx";
  DROP INDEX "users_team_idx";
  DROP INDEX "payload_locked_documents_rels_layer_transitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_transition_credits_id_idx";
  DROP INDEX "payload_locked_documents_rels_playbooks_id_idx";
  DROP INDEX "payload_locked_documents_rels_growth_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_growth_ledger_id_idx";
  DROP INDEX "payload_locked_documents_rels_medals_id_idx";
  DROP INDEX "payload_locked_documents_rels_medal_awards_id_idx";
  DROP INDEX "payload_locked_documents_rels_growth_tasks_id_idx";
  DROP INDEX "payload_locked_documents_rels_kudos_id_idx";
  ALTER TABLE "white_papers" DROP COLUMN "review_priority";
  ALTER TABLE "_white_papers_v" DROP COLUMN "version_review_priority";
  ALTER TABLE "guides" DROP COLUMN "review_priority";
  ALTER TABLE "_guides_v" DROP COLUMN "version_review_priority";
  ALTER TABLE "product_copy" DROP COLUMN "review_priority";
  ALTER TABLE "_product_copy_v" DROP COLUMN "version_review_priority";
  ALTER TABLE "articles" DROP COLUMN "review_priority";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_priority";
  ALTER TABLE "landing_pages" DROP COLUMN "review_priority";
  ALTER TABLE "_landing_pages_v" DROP COLUMN "version_review_priority";
  ALTER TABLE "industries" DROP COLUMN "benchmark_account_id";
  ALTER TABLE "growth_layers" DROP COLUMN "match";
  ALTER TABLE "growth_layers" DROP COLUMN "overrides";
  ALTER TABLE "accounts" DROP COLUMN "layer_id";
  ALTER TABLE "accounts" DROP COLUMN "sub_tier";
  ALTER TABLE "accounts" DROP COLUMN "layer_since";
  ALTER TABLE "accounts" DROP COLUMN "revenue_to_date";
  ALTER TABLE "accounts" DROP COLUMN "purchases";
  ALTER TABLE "accounts" DROP COLUMN "last_activity_at";
  ALTER TABLE "contacts" DROP COLUMN "sub_tier";
  ALTER TABLE "contacts" DROP COLUMN "layer_since";
  ALTER TABLE "contacts" DROP COLUMN "revenue_to_date";
  ALTER TABLE "contacts" DROP COLUMN "purchases";
  ALTER TABLE "contacts" DROP COLUMN "last_activity_at";
  ALTER TABLE "contacts" DROP COLUMN "layer_counts";
  ALTER TABLE "distributions" DROP COLUMN "playbook_id";
  ALTER TABLE "users" DROP COLUMN "team";
  ALTER TABLE "users" DROP COLUMN "team_lead";
  ALTER TABLE "users" DROP COLUMN "growth_value";
  ALTER TABLE "users" DROP COLUMN "growth_level";
  ALTER TABLE "users" DROP COLUMN "growth_level_since";
  ALTER TABLE "users" DROP COLUMN "growth_last_activity_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "layer_transitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "transition_credits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "playbooks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "growth_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "growth_ledger_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "medals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "medal_awards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "growth_tasks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kudos_id";
  DROP TYPE "public"."enum_growth_layers_conditions_metric";
  DROP TYPE "public"."enum_growth_layers_match";
  DROP TYPE "public"."enum_accounts_sub_tier";
  DROP TYPE "public"."enum_contacts_sub_tier";
  DROP TYPE "public"."enum_layer_transitions_subject_type";
  DROP TYPE "public"."enum_layer_transitions_direction";
  DROP TYPE "public"."enum_layer_transitions_trigger_kind";
  DROP TYPE "public"."enum_transition_credits_subject_type";
  DROP TYPE "public"."enum_transition_credits_model";
  DROP TYPE "public"."enum_transition_credits_touch_kind";
  DROP TYPE "public"."enum_playbooks_cadence";
  DROP TYPE "public"."enum_growth_rules_cap_period";
  DROP TYPE "public"."enum_medals_criteria_kind";
  DROP TYPE "public"."enum_growth_tasks_kind";
  DROP TYPE "public"."enum_growth_tasks_scope";
  DROP TYPE "public"."enum_growth_tasks_period";
  DROP TYPE "public"."enum_team_growth_settings_privileges_privilege";
  DROP TYPE "public"."enum_team_growth_settings_curve_kind";
  DROP TYPE "public"."enum_layer_settings_sub_tiers_slug";`)
}
