import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`growth_layers_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`metric\` text NOT NULL,
  	\`event\` text,
  	\`within_days\` numeric,
  	\`min\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`growth_layers_conditions_order_idx\` ON \`growth_layers_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`growth_layers_conditions_parent_id_idx\` ON \`growth_layers_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`layer_transitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject_type\` text NOT NULL,
  	\`contact_id\` integer,
  	\`account_id\` integer,
  	\`from_layer\` text,
  	\`to_layer\` text,
  	\`from_sub_tier\` text,
  	\`to_sub_tier\` text,
  	\`direction\` text,
  	\`at\` text NOT NULL,
  	\`trigger_kind\` text,
  	\`trigger_event\` text,
  	\`trigger_id\` text,
  	\`credited_at\` text,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`layer_transitions_subject_type_idx\` ON \`layer_transitions\` (\`subject_type\`);`)
  await db.run(sql`CREATE INDEX \`layer_transitions_contact_idx\` ON \`layer_transitions\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`layer_transitions_account_idx\` ON \`layer_transitions\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`layer_transitions_at_idx\` ON \`layer_transitions\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`layer_transitions_credited_at_idx\` ON \`layer_transitions\` (\`credited_at\`);`)
  await db.run(sql`CREATE TABLE \`transition_credits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`transition_id\` numeric NOT NULL,
  	\`subject_type\` text NOT NULL,
  	\`from_layer\` text,
  	\`to_layer\` text,
  	\`at\` text NOT NULL,
  	\`model\` text NOT NULL,
  	\`contact_id\` numeric,
  	\`account_id\` numeric,
  	\`touch_at\` text NOT NULL,
  	\`touch_kind\` text NOT NULL,
  	\`channel\` text,
  	\`campaign_key\` text,
  	\`content_type\` text,
  	\`content_id\` numeric,
  	\`link_id\` numeric,
  	\`weight\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`transition_credits_transition_id_idx\` ON \`transition_credits\` (\`transition_id\`);`)
  await db.run(sql`CREATE INDEX \`transition_credits_at_idx\` ON \`transition_credits\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`model_at_idx\` ON \`transition_credits\` (\`model\`,\`at\`);`)
  await db.run(sql`CREATE TABLE \`playbooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`layer_id\` integer NOT NULL,
  	\`goal\` text,
  	\`cadence\` text DEFAULT 'monthly',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`layer_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`playbooks_layer_idx\` ON \`playbooks\` (\`layer_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_updated_at_idx\` ON \`playbooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_created_at_idx\` ON \`playbooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`playbooks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`white_papers_id\` integer,
  	\`guides_id\` integer,
  	\`product_copy_id\` integer,
  	\`articles_id\` integer,
  	\`landing_pages_id\` integer,
  	\`channels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`playbooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`playbooks_rels_order_idx\` ON \`playbooks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_parent_idx\` ON \`playbooks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_path_idx\` ON \`playbooks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_white_papers_id_idx\` ON \`playbooks_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_guides_id_idx\` ON \`playbooks_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_product_copy_id_idx\` ON \`playbooks_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_articles_id_idx\` ON \`playbooks_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_landing_pages_id_idx\` ON \`playbooks_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`playbooks_rels_channels_id_idx\` ON \`playbooks_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE TABLE \`growth_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`points\` numeric NOT NULL,
  	\`cap_period\` text,
  	\`cap_limit\` numeric,
  	\`repeatable\` integer DEFAULT false,
  	\`self_allowed\` integer DEFAULT true,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`growth_rules_key_idx\` ON \`growth_rules\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`growth_rules_updated_at_idx\` ON \`growth_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`growth_rules_created_at_idx\` ON \`growth_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`growth_ledger\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`rule\` text NOT NULL,
  	\`delta\` numeric NOT NULL,
  	\`units\` numeric DEFAULT 1 NOT NULL,
  	\`actor_id\` integer,
  	\`source\` text NOT NULL,
  	\`detail\` text,
  	\`at\` text NOT NULL,
  	\`reverses_id\` integer,
  	\`reason\` text,
  	\`dedupe_key\` text,
  	\`cap_slot\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reverses_id\`) REFERENCES \`growth_ledger\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`growth_ledger_user_idx\` ON \`growth_ledger\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`growth_ledger_rule_idx\` ON \`growth_ledger\` (\`rule\`);`)
  await db.run(sql`CREATE INDEX \`growth_ledger_actor_idx\` ON \`growth_ledger\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`growth_ledger_source_idx\` ON \`growth_ledger\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`growth_ledger_at_idx\` ON \`growth_ledger\` (\`at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`growth_ledger_reverses_idx\` ON \`growth_ledger\` (\`reverses_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`growth_ledger_dedupe_key_idx\` ON \`growth_ledger\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`growth_ledger_cap_slot_idx\` ON \`growth_ledger\` (\`cap_slot\`);`)
  await db.run(sql`CREATE INDEX \`user_rule_at_idx\` ON \`growth_ledger\` (\`user_id\`,\`rule\`,\`at\`);`)
  await db.run(sql`CREATE INDEX \`user_rule_source_idx\` ON \`growth_ledger\` (\`user_id\`,\`rule\`,\`source\`);`)
  await db.run(sql`CREATE TABLE \`medals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`criteria_kind\` text DEFAULT 'rule-count' NOT NULL,
  	\`criteria_rule\` text,
  	\`criteria_series\` text,
  	\`criteria_min\` numeric DEFAULT 1 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`medals_slug_idx\` ON \`medals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`medals_updated_at_idx\` ON \`medals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`medals_created_at_idx\` ON \`medals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`medal_awards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`medal_id\` integer NOT NULL,
  	\`at\` text NOT NULL,
  	\`source\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`medal_id\`) REFERENCES \`medals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`medal_awards_user_idx\` ON \`medal_awards\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`medal_awards_medal_idx\` ON \`medal_awards\` (\`medal_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_medal_idx\` ON \`medal_awards\` (\`user_id\`,\`medal_id\`);`)
  await db.run(sql`CREATE TABLE \`growth_tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`kind\` text DEFAULT 'main' NOT NULL,
  	\`rule\` text NOT NULL,
  	\`source_prefix\` text,
  	\`detail\` text,
  	\`target\` numeric DEFAULT 1 NOT NULL,
  	\`scope\` text DEFAULT 'total' NOT NULL,
  	\`period\` text DEFAULT 'none' NOT NULL,
  	\`series\` text,
  	\`step\` numeric,
  	\`reward\` numeric DEFAULT 10 NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`growth_tasks_series_idx\` ON \`growth_tasks\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`growth_tasks_updated_at_idx\` ON \`growth_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`growth_tasks_created_at_idx\` ON \`growth_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kudos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`giver_id\` integer,
  	\`weight\` numeric,
  	\`note\` text,
  	\`dedupe_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`giver_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kudos_giver_idx\` ON \`kudos\` (\`giver_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`kudos_dedupe_key_idx\` ON \`kudos\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`kudos_updated_at_idx\` ON \`kudos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kudos_created_at_idx\` ON \`kudos\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kudos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`white_papers_id\` integer,
  	\`guides_id\` integer,
  	\`product_copy_id\` integer,
  	\`articles_id\` integer,
  	\`landing_pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kudos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kudos_rels_order_idx\` ON \`kudos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_parent_idx\` ON \`kudos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_path_idx\` ON \`kudos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_white_papers_id_idx\` ON \`kudos_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_guides_id_idx\` ON \`kudos_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_product_copy_id_idx\` ON \`kudos_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_articles_id_idx\` ON \`kudos_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`kudos_rels_landing_pages_id_idx\` ON \`kudos_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE TABLE \`team_growth_settings_privileges\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`privilege\` text NOT NULL,
  	\`level\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`team_growth_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`team_growth_settings_privileges_order_idx\` ON \`team_growth_settings_privileges\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`team_growth_settings_privileges_parent_id_idx\` ON \`team_growth_settings_privileges\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`team_growth_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`curve_kind\` text DEFAULT 'power' NOT NULL,
  	\`curve_base\` numeric DEFAULT 50 NOT NULL,
  	\`curve_exponent\` numeric DEFAULT 1.5,
  	\`curve_factor\` numeric DEFAULT 2,
  	\`curve_max_level\` numeric DEFAULT 10 NOT NULL,
  	\`demotion_window_days\` numeric DEFAULT 90 NOT NULL,
  	\`demotion_ratio\` numeric DEFAULT 0.9 NOT NULL,
  	\`demotion_grace_days\` numeric DEFAULT 14 NOT NULL,
  	\`demotion_requirement_share\` numeric DEFAULT 0.25 NOT NULL,
  	\`small_edit_chars\` numeric DEFAULT 400 NOT NULL,
  	\`kudos_weights_member\` numeric DEFAULT 1 NOT NULL,
  	\`kudos_weights_lead\` numeric DEFAULT 2 NOT NULL,
  	\`kudos_weights_admin\` numeric DEFAULT 3 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`team_growth_settings_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`team_growth_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`team_growth_settings_numbers_order_parent_idx\` ON \`team_growth_settings_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`layer_settings_sub_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`min_revenue\` numeric,
  	\`min_purchases\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`layer_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`layer_settings_sub_tiers_order_idx\` ON \`layer_settings_sub_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`layer_settings_sub_tiers_parent_id_idx\` ON \`layer_settings_sub_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`layer_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`paying_layer\` text DEFAULT 'paying' NOT NULL,
  	\`currency\` text DEFAULT 'USD' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`white_papers\` ADD \`review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`white_papers_review_priority_idx\` ON \`white_papers\` (\`review_priority\`);`)
  await db.run(sql`ALTER TABLE \`_white_papers_v\` ADD \`version_review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_review_priority_idx\` ON \`_white_papers_v\` (\`version_review_priority\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`guides_review_priority_idx\` ON \`guides\` (\`review_priority\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_review_priority_idx\` ON \`_guides_v\` (\`version_review_priority\`);`)
  await db.run(sql`ALTER TABLE \`product_copy\` ADD \`review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`product_copy_review_priority_idx\` ON \`product_copy\` (\`review_priority\`);`)
  await db.run(sql`ALTER TABLE \`_product_copy_v\` ADD \`version_review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_review_priority_idx\` ON \`_product_copy_v\` (\`version_review_priority\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`articles_review_priority_idx\` ON \`articles\` (\`review_priority\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_priority_idx\` ON \`_articles_v\` (\`version_review_priority\`);`)
  await db.run(sql`ALTER TABLE \`landing_pages\` ADD \`review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`landing_pages_review_priority_idx\` ON \`landing_pages\` (\`review_priority\`);`)
  await db.run(sql`ALTER TABLE \`_landing_pages_v\` ADD \`version_review_priority\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_review_priority_idx\` ON \`_landing_pages_v\` (\`version_review_priority\`);`)
  await db.run(sql`ALTER TABLE \`growth_layers\` ADD \`match\` text DEFAULT 'all';`)
  await db.run(sql`ALTER TABLE \`growth_layers\` ADD \`overrides\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`sub_tier\` text;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`layer_since\` text;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`revenue_to_date\` numeric;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`purchases\` numeric;`)
  await db.run(sql`ALTER TABLE \`accounts\` ADD \`last_activity_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`sub_tier\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`layer_since\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`revenue_to_date\` numeric;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`purchases\` numeric;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`last_activity_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`layer_counts\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`team\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`team_lead\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`growth_value\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`growth_level\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`growth_level_since\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`growth_last_activity_at\` text;`)
  await db.run(sql`CREATE INDEX \`users_team_idx\` ON \`users\` (\`team\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`CREATE INDEX \`events_user_id_idx\` ON \`events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`anonymousId_userId_type_event_at_idx\` ON \`events\` (\`anonymous_id\`,\`user_id\`,\`type\`,\`event\`,\`at\`);`)
  // Rebuilt rather than ALTER TABLE … ADD … REFERENCES (scripts/sqlite-fk-rebuild.ts).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_industries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`benchmark_account_id\` integer,
  	\`updated_at\` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  	\`created_at\` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  	FOREIGN KEY (\`benchmark_account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_industries\`("id", "slug", "updated_at", "created_at") SELECT "id", "slug", "updated_at", "created_at" FROM \`industries\`;`)
  await db.run(sql`DROP TABLE \`industries\`;`)
  await db.run(sql`ALTER TABLE \`__new_industries\` RENAME TO \`industries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_slug_idx\` ON \`industries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`industries_benchmark_account_idx\` ON \`industries\` (\`benchmark_account_id\`);`)
  await db.run(sql`CREATE INDEX \`industries_updated_at_idx\` ON \`industries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`industries_created_at_idx\` ON \`industries\` (\`created_at\`);`)
  // Rebuilt rather than ALTER TABLE … ADD … REFERENCES (scripts/sqlite-fk-rebuild.ts).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`domain\` text NOT NULL,
  	\`industry_id\` integer,
  	\`size\` text,
  	\`key_account\` integer DEFAULT false,
  	\`layer_id\` integer,
  	\`sub_tier\` text,
  	\`layer_since\` text,
  	\`revenue_to_date\` numeric,
  	\`purchases\` numeric,
  	\`last_activity_at\` text,
  	\`updated_at\` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  	\`created_at\` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  	FOREIGN KEY (\`industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`layer_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_accounts\`("id", "name", "domain", "industry_id", "size", "key_account", "sub_tier", "layer_since", "revenue_to_date", "purchases", "last_activity_at", "updated_at", "created_at") SELECT "id", "name", "domain", "industry_id", "size", "key_account", "sub_tier", "layer_since", "revenue_to_date", "purchases", "last_activity_at", "updated_at", "created_at" FROM \`accounts\`;`)
  await db.run(sql`DROP TABLE \`accounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_accounts\` RENAME TO \`accounts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accounts_domain_idx\` ON \`accounts\` (\`domain\`);`)
  await db.run(sql`CREATE INDEX \`accounts_industry_idx\` ON \`accounts\` (\`industry_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_key_account_idx\` ON \`accounts\` (\`key_account\`);`)
  await db.run(sql`CREATE INDEX \`accounts_layer_idx\` ON \`accounts\` (\`layer_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_updated_at_idx\` ON \`accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_created_at_idx\` ON \`accounts\` (\`created_at\`);`)
  // Rebuilt rather than ALTER TABLE … ADD … REFERENCES (scripts/sqlite-fk-rebuild.ts).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_distributions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`playbook_id\` integer,
  	\`audience_all_subscribers\` integer DEFAULT false,
  	\`schedule_mode\` text NOT NULL DEFAULT 'now',
  	\`schedule_at\` text,
  	\`schedule_time_zone\` text DEFAULT 'UTC',
  	\`schedule_local_time\` text DEFAULT '09:00',
  	\`schedule_repeat\` text DEFAULT 'none',
  	\`schedule_weekday\` text,
  	\`approval_approved_by_id\` integer,
  	\`approval_approved_at\` text,
  	\`created_by_id\` integer,
  	\`status\` text NOT NULL DEFAULT 'draft',
  	\`progress_next_run_at\` text,
  	\`progress_started_at\` text,
  	\`progress_finished_at\` text,
  	\`progress_occurrence\` numeric DEFAULT 0,
  	\`progress_planned_occurrence\` numeric,
  	\`progress_heartbeat_at\` text,
  	\`progress_last_error\` text,
  	\`sent_count\` numeric DEFAULT 0,
  	\`failed_count\` numeric DEFAULT 0,
  	\`total_count\` numeric DEFAULT 0,
  	\`updated_at\` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  	\`created_at\` text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`playbook_id\`) REFERENCES \`playbooks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_distributions\`("id", "title", "campaign_id", "audience_all_subscribers", "schedule_mode", "schedule_at", "schedule_time_zone", "schedule_local_time", "schedule_repeat", "schedule_weekday", "approval_approved_by_id", "approval_approved_at", "created_by_id", "status", "progress_next_run_at", "progress_started_at", "progress_finished_at", "progress_occurrence", "progress_planned_occurrence", "progress_heartbeat_at", "progress_last_error", "sent_count", "failed_count", "total_count", "updated_at", "created_at") SELECT "id", "title", "campaign_id", "audience_all_subscribers", "schedule_mode", "schedule_at", "schedule_time_zone", "schedule_local_time", "schedule_repeat", "schedule_weekday", "approval_approved_by_id", "approval_approved_at", "created_by_id", "status", "progress_next_run_at", "progress_started_at", "progress_finished_at", "progress_occurrence", "progress_planned_occurrence", "progress_heartbeat_at", "progress_last_error", "sent_count", "failed_count", "total_count", "updated_at", "created_at" FROM \`distributions\`;`)
  await db.run(sql`DROP TABLE \`distributions\`;`)
  await db.run(sql`ALTER TABLE \`__new_distributions\` RENAME TO \`distributions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`distributions_campaign_idx\` ON \`distributions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_playbook_idx\` ON \`distributions\` (\`playbook_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_approval_approval_approved_by_idx\` ON \`distributions\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_by_idx\` ON \`distributions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_status_idx\` ON \`distributions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`distributions_progress_progress_next_run_at_idx\` ON \`distributions\` (\`progress_next_run_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_updated_at_idx\` ON \`distributions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_at_idx\` ON \`distributions\` (\`created_at\`);`)
  // Rebuilt rather than ALTER TABLE … ADD … REFERENCES (scripts/sqlite-fk-rebuild.ts).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`white_papers_id\` integer,
  	\`guides_id\` integer,
  	\`product_copy_id\` integer,
  	\`articles_id\` integer,
  	\`landing_pages_id\` integer,
  	\`campaigns_id\` integer,
  	\`media_id\` integer,
  	\`industries_id\` integer,
  	\`products_id\` integer,
  	\`growth_layers_id\` integer,
  	\`tracked_links_id\` integer,
  	\`clicks_id\` integer,
  	\`sources_id\` integer,
  	\`events_id\` integer,
  	\`conversions_id\` integer,
  	\`accounts_id\` integer,
  	\`contacts_id\` integer,
  	\`contact_lists_id\` integer,
  	\`identities_id\` integer,
  	\`attribution_credits_id\` integer,
  	\`credit_rollups_id\` integer,
  	\`click_rollups_id\` integer,
  	\`visitor_salts_id\` integer,
  	\`channels_id\` integer,
  	\`distributions_id\` integer,
  	\`deliveries_id\` integer,
  	\`layer_transitions_id\` integer,
  	\`transition_credits_id\` integer,
  	\`playbooks_id\` integer,
  	\`growth_rules_id\` integer,
  	\`growth_ledger_id\` integer,
  	\`medals_id\` integer,
  	\`medal_awards_id\` integer,
  	\`growth_tasks_id\` integer,
  	\`kudos_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracked_links_id\`) REFERENCES \`tracked_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clicks_id\`) REFERENCES \`clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conversions_id\`) REFERENCES \`conversions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_lists_id\`) REFERENCES \`contact_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`identities_id\`) REFERENCES \`identities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attribution_credits_id\`) REFERENCES \`attribution_credits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`credit_rollups_id\`) REFERENCES \`credit_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`click_rollups_id\`) REFERENCES \`click_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visitor_salts_id\`) REFERENCES \`visitor_salts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`distributions_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`layer_transitions_id\`) REFERENCES \`layer_transitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transition_credits_id\`) REFERENCES \`transition_credits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`playbooks_id\`) REFERENCES \`playbooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_rules_id\`) REFERENCES \`growth_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_ledger_id\`) REFERENCES \`growth_ledger\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medals_id\`) REFERENCES \`medals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medal_awards_id\`) REFERENCES \`medal_awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_tasks_id\`) REFERENCES \`growth_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kudos_id\`) REFERENCES \`kudos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "contact_lists_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "channels_id", "distributions_id", "deliveries_id", "users_id") SELECT "id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "contact_lists_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "channels_id", "distributions_id", "deliveries_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_white_papers_id_idx\` ON \`payload_locked_documents_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_product_copy_id_idx\` ON \`payload_locked_documents_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_landing_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_industries_id_idx\` ON \`payload_locked_documents_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_growth_layers_id_idx\` ON \`payload_locked_documents_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tracked_links_id_idx\` ON \`payload_locked_documents_rels\` (\`tracked_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversions_id_idx\` ON \`payload_locked_documents_rels\` (\`conversions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_identities_id_idx\` ON \`payload_locked_documents_rels\` (\`identities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attribution_credits_id_idx\` ON \`payload_locked_documents_rels\` (\`attribution_credits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_credit_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`credit_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_click_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`click_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_salts_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_salts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_distributions_id_idx\` ON \`payload_locked_documents_rels\` (\`distributions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_layer_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`layer_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transition_credits_id_idx\` ON \`payload_locked_documents_rels\` (\`transition_credits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_playbooks_id_idx\` ON \`payload_locked_documents_rels\` (\`playbooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_growth_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`growth_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_growth_ledger_id_idx\` ON \`payload_locked_documents_rels\` (\`growth_ledger_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_medals_id_idx\` ON \`payload_locked_documents_rels\` (\`medals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_medal_awards_id_idx\` ON \`payload_locked_documents_rels\` (\`medal_awards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_growth_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`growth_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kudos_id_idx\` ON \`payload_locked_documents_rels\` (\`kudos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`growth_layers_conditions\`;`)
  await db.run(sql`DROP TABLE \`layer_transitions\`;`)
  await db.run(sql`DROP TABLE \`transition_credits\`;`)
  await db.run(sql`DROP TABLE \`playbooks\`;`)
  await db.run(sql`DROP TABLE \`playbooks_rels\`;`)
  await db.run(sql`DROP TABLE \`growth_rules\`;`)
  await db.run(sql`DROP TABLE \`growth_ledger\`;`)
  await db.run(sql`DROP TABLE \`medals\`;`)
  await db.run(sql`DROP TABLE \`medal_awards\`;`)
  await db.run(sql`DROP TABLE \`growth_tasks\`;`)
  await db.run(sql`DROP TABLE \`kudos\`;`)
  await db.run(sql`DROP TABLE \`kudos_rels\`;`)
  await db.run(sql`DROP TABLE \`team_growth_settings_privileges\`;`)
  await db.run(sql`DROP TABLE \`team_growth_settings\`;`)
  await db.run(sql`DROP TABLE \`team_growth_settings_numbers\`;`)
  await db.run(sql`DROP TABLE \`layer_settings_sub_tiers\`;`)
  await db.run(sql`DROP TABLE \`layer_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_industries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_industries\`("id", "slug", "updated_at", "created_at") SELECT "id", "slug", "updated_at", "created_at" FROM \`industries\`;`)
  await db.run(sql`DROP TABLE \`industries\`;`)
  await db.run(sql`ALTER TABLE \`__new_industries\` RENAME TO \`industries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_slug_idx\` ON \`industries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`industries_updated_at_idx\` ON \`industries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`industries_created_at_idx\` ON \`industries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`domain\` text NOT NULL,
  	\`industry_id\` integer,
  	\`size\` text,
  	\`key_account\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`industry_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_accounts\`("id", "name", "domain", "industry_id", "size", "key_account", "updated_at", "created_at") SELECT "id", "name", "domain", "industry_id", "size", "key_account", "updated_at", "created_at" FROM \`accounts\`;`)
  await db.run(sql`DROP TABLE \`accounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_accounts\` RENAME TO \`accounts\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accounts_domain_idx\` ON \`accounts\` (\`domain\`);`)
  await db.run(sql`CREATE INDEX \`accounts_industry_idx\` ON \`accounts\` (\`industry_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_key_account_idx\` ON \`accounts\` (\`key_account\`);`)
  await db.run(sql`CREATE INDEX \`accounts_updated_at_idx\` ON \`accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_created_at_idx\` ON \`accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_distributions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`audience_all_subscribers\` integer DEFAULT false,
  	\`schedule_mode\` text DEFAULT 'now' NOT NULL,
  	\`schedule_at\` text,
  	\`schedule_time_zone\` text DEFAULT 'UTC',
  	\`schedule_local_time\` text DEFAULT '09:00',
  	\`schedule_repeat\` text DEFAULT 'none',
  	\`schedule_weekday\` text,
  	\`approval_approved_by_id\` integer,
  	\`approval_approved_at\` text,
  	\`created_by_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`progress_next_run_at\` text,
  	\`progress_started_at\` text,
  	\`progress_finished_at\` text,
  	\`progress_occurrence\` numeric DEFAULT 0,
  	\`progress_planned_occurrence\` numeric,
  	\`progress_heartbeat_at\` text,
  	\`progress_last_error\` text,
  	\`sent_count\` numeric DEFAULT 0,
  	\`failed_count\` numeric DEFAULT 0,
  	\`total_count\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_distributions\`("id", "title", "campaign_id", "audience_all_subscribers", "schedule_mode", "schedule_at", "schedule_time_zone", "schedule_local_time", "schedule_repeat", "schedule_weekday", "approval_approved_by_id", "approval_approved_at", "created_by_id", "status", "progress_next_run_at", "progress_started_at", "progress_finished_at", "progress_occurrence", "progress_planned_occurrence", "progress_heartbeat_at", "progress_last_error", "sent_count", "failed_count", "total_count", "updated_at", "created_at") SELECT "id", "title", "campaign_id", "audience_all_subscribers", "schedule_mode", "schedule_at", "schedule_time_zone", "schedule_local_time", "schedule_repeat", "schedule_weekday", "approval_approved_by_id", "approval_approved_at", "created_by_id", "status", "progress_next_run_at", "progress_started_at", "progress_finished_at", "progress_occurrence", "progress_planned_occurrence", "progress_heartbeat_at", "progress_last_error", "sent_count", "failed_count", "total_count", "updated_at", "created_at" FROM \`distributions\`;`)
  await db.run(sql`DROP TABLE \`distributions\`;`)
  await db.run(sql`ALTER TABLE \`__new_distributions\` RENAME TO \`distributions\`;`)
  await db.run(sql`CREATE INDEX \`distributions_campaign_idx\` ON \`distributions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_approval_approval_approved_by_idx\` ON \`distributions\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_by_idx\` ON \`distributions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_status_idx\` ON \`distributions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`distributions_progress_progress_next_run_at_idx\` ON \`distributions\` (\`progress_next_run_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_updated_at_idx\` ON \`distributions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_at_idx\` ON \`distributions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`white_papers_id\` integer,
  	\`guides_id\` integer,
  	\`product_copy_id\` integer,
  	\`articles_id\` integer,
  	\`landing_pages_id\` integer,
  	\`campaigns_id\` integer,
  	\`media_id\` integer,
  	\`industries_id\` integer,
  	\`products_id\` integer,
  	\`growth_layers_id\` integer,
  	\`tracked_links_id\` integer,
  	\`clicks_id\` integer,
  	\`sources_id\` integer,
  	\`events_id\` integer,
  	\`conversions_id\` integer,
  	\`accounts_id\` integer,
  	\`contacts_id\` integer,
  	\`contact_lists_id\` integer,
  	\`identities_id\` integer,
  	\`attribution_credits_id\` integer,
  	\`credit_rollups_id\` integer,
  	\`click_rollups_id\` integer,
  	\`visitor_salts_id\` integer,
  	\`channels_id\` integer,
  	\`distributions_id\` integer,
  	\`deliveries_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracked_links_id\`) REFERENCES \`tracked_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clicks_id\`) REFERENCES \`clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conversions_id\`) REFERENCES \`conversions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_lists_id\`) REFERENCES \`contact_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`identities_id\`) REFERENCES \`identities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attribution_credits_id\`) REFERENCES \`attribution_credits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`credit_rollups_id\`) REFERENCES \`credit_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`click_rollups_id\`) REFERENCES \`click_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visitor_salts_id\`) REFERENCES \`visitor_salts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`distributions_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "contact_lists_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "channels_id", "distributions_id", "deliveries_id", "users_id") SELECT "id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "contact_lists_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "channels_id", "distributions_id", "deliveries_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_white_papers_id_idx\` ON \`payload_locked_documents_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_product_copy_id_idx\` ON \`payload_locked_documents_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_landing_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_industries_id_idx\` ON \`payload_locked_documents_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_growth_layers_id_idx\` ON \`payload_locked_documents_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tracked_links_id_idx\` ON \`payload_locked_documents_rels\` (\`tracked_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversions_id_idx\` ON \`payload_locked_documents_rels\` (\`conversions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_identities_id_idx\` ON \`payload_locked_documents_rels\` (\`identities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attribution_credits_id_idx\` ON \`payload_locked_documents_rels\` (\`attribution_credits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_credit_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`credit_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_click_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`click_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_salts_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_salts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_distributions_id_idx\` ON \`payload_locked_documents_rels\` (\`distributions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`white_papers_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`white_papers\` DROP COLUMN \`review_priority\`;`)
  await db.run(sql`DROP INDEX \`_white_papers_v_version_version_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`_white_papers_v\` DROP COLUMN \`version_review_priority\`;`)
  await db.run(sql`DROP INDEX \`guides_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`review_priority\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_version_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_review_priority\`;`)
  await db.run(sql`DROP INDEX \`product_copy_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`product_copy\` DROP COLUMN \`review_priority\`;`)
  await db.run(sql`DROP INDEX \`_product_copy_v_version_version_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`_product_copy_v\` DROP COLUMN \`version_review_priority\`;`)
  await db.run(sql`DROP INDEX \`articles_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_priority\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_priority\`;`)
  await db.run(sql`DROP INDEX \`landing_pages_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`landing_pages\` DROP COLUMN \`review_priority\`;`)
  await db.run(sql`DROP INDEX \`_landing_pages_v_version_version_review_priority_idx\`;`)
  await db.run(sql`ALTER TABLE \`_landing_pages_v\` DROP COLUMN \`version_review_priority\`;`)
  await db.run(sql`DROP INDEX \`events_user_id_idx\`;`)
  await db.run(sql`DROP INDEX \`anonymousId_userId_type_event_at_idx\`;`)
  await db.run(sql`DROP INDEX \`users_team_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`team\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`team_lead\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`growth_value\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`growth_level\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`growth_level_since\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`growth_last_activity_at\`;`)
  await db.run(sql`ALTER TABLE \`growth_layers\` DROP COLUMN \`match\`;`)
  await db.run(sql`ALTER TABLE \`growth_layers\` DROP COLUMN \`overrides\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`sub_tier\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`layer_since\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`revenue_to_date\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`purchases\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`last_activity_at\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`layer_counts\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
