import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contact_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_lists_updated_at_idx\` ON \`contact_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_lists_created_at_idx\` ON \`contact_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contact_lists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`contacts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contact_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_lists_rels_order_idx\` ON \`contact_lists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contact_lists_rels_parent_idx\` ON \`contact_lists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_lists_rels_path_idx\` ON \`contact_lists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contact_lists_rels_contacts_id_idx\` ON \`contact_lists_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE TABLE \`channels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`email_from_name\` text,
  	\`email_from_address\` text,
  	\`email_reply_to\` text,
  	\`email_smtp_url\` text,
  	\`email_batch_size\` numeric DEFAULT 50,
  	\`email_concurrency\` numeric DEFAULT 2,
  	\`email_rate_per_minute\` numeric DEFAULT 600,
  	\`webhook_url\` text,
  	\`webhook_secret\` text,
  	\`webhook_timeout_ms\` numeric DEFAULT 10000,
  	\`feed_description\` text,
  	\`feed_items\` numeric DEFAULT 50,
  	\`social_network\` text DEFAULT 'linkedin',
  	\`social_account\` text,
  	\`conference_event\` text,
  	\`conference_location\` text,
  	\`conference_starts_at\` text,
  	\`cost_amount\` numeric,
  	\`cost_per\` text DEFAULT 'month',
  	\`cost_currency\` text DEFAULT 'USD',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`channels_slug_idx\` ON \`channels\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`channels_updated_at_idx\` ON \`channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channels_created_at_idx\` ON \`channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`distributions_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel_id\` integer NOT NULL,
  	\`subject\` text,
  	\`preheader\` text,
  	\`copy\` text,
  	\`image_id\` integer,
  	\`cta_label\` text,
  	\`cta_url\` text,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`distributions_variants_order_idx\` ON \`distributions_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`distributions_variants_parent_id_idx\` ON \`distributions_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_variants_channel_idx\` ON \`distributions_variants\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_variants_image_idx\` ON \`distributions_variants\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`distributions\` (
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
  await db.run(sql`CREATE INDEX \`distributions_campaign_idx\` ON \`distributions\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_approval_approval_approved_by_idx\` ON \`distributions\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_by_idx\` ON \`distributions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_status_idx\` ON \`distributions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`distributions_progress_progress_next_run_at_idx\` ON \`distributions\` (\`progress_next_run_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_updated_at_idx\` ON \`distributions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`distributions_created_at_idx\` ON \`distributions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`distributions_rels\` (
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
  	\`growth_layers_id\` integer,
  	\`industries_id\` integer,
  	\`accounts_id\` integer,
  	\`contact_lists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`distributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_lists_id\`) REFERENCES \`contact_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`distributions_rels_order_idx\` ON \`distributions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_parent_idx\` ON \`distributions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_path_idx\` ON \`distributions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_white_papers_id_idx\` ON \`distributions_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_guides_id_idx\` ON \`distributions_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_product_copy_id_idx\` ON \`distributions_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_articles_id_idx\` ON \`distributions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_landing_pages_id_idx\` ON \`distributions_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_channels_id_idx\` ON \`distributions_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_growth_layers_id_idx\` ON \`distributions_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_industries_id_idx\` ON \`distributions_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_accounts_id_idx\` ON \`distributions_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`distributions_rels_contact_lists_id_idx\` ON \`distributions_rels\` (\`contact_lists_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`send_key\` text NOT NULL,
  	\`distribution_id\` numeric NOT NULL,
  	\`channel_id\` numeric NOT NULL,
  	\`occurrence\` numeric DEFAULT 0 NOT NULL,
  	\`contact_id\` numeric,
  	\`email\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`due_at\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`claimed_at\` text,
  	\`last_error\` text,
  	\`message_id\` text,
  	\`sent_at\` text,
  	\`opened_at\` text,
  	\`clicked_at\` text,
  	\`unsubscribed_at\` text,
  	\`bounced_at\` text,
  	\`placement\` text,
  	\`posted_at\` text,
  	\`posted_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_send_key_idx\` ON \`deliveries\` (\`send_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_contact_id_idx\` ON \`deliveries\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`distributionId_status_dueAt_idx\` ON \`deliveries\` (\`distribution_id\`,\`status\`,\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`channelId_status_sentAt_idx\` ON \`deliveries\` (\`channel_id\`,\`status\`,\`sent_at\`);`)
  await db.run(sql`CREATE TABLE \`distribution_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`approval_threshold\` numeric DEFAULT 1000 NOT NULL,
  	\`max_attempts\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`tracked_links\` ADD \`distribution_id\` numeric;`)
  await db.run(sql`CREATE INDEX \`tracked_links_distribution_id_idx\` ON \`tracked_links\` (\`distribution_id\`);`)
  await db.run(sql`ALTER TABLE \`clicks\` ADD \`delivery_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`time_zone\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`suppression_unsubscribed_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`suppression_bounced_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`suppression_reason\` text;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "users_id") SELECT "id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contact_lists\`;`)
  await db.run(sql`DROP TABLE \`contact_lists_rels\`;`)
  await db.run(sql`DROP TABLE \`channels\`;`)
  await db.run(sql`DROP TABLE \`distributions_variants\`;`)
  await db.run(sql`DROP TABLE \`distributions\`;`)
  await db.run(sql`DROP TABLE \`distributions_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`distribution_settings\`;`)
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
  	\`identities_id\` integer,
  	\`attribution_credits_id\` integer,
  	\`credit_rollups_id\` integer,
  	\`click_rollups_id\` integer,
  	\`visitor_salts_id\` integer,
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
  	FOREIGN KEY (\`identities_id\`) REFERENCES \`identities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attribution_credits_id\`) REFERENCES \`attribution_credits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`credit_rollups_id\`) REFERENCES \`credit_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`click_rollups_id\`) REFERENCES \`click_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visitor_salts_id\`) REFERENCES \`visitor_salts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "users_id") SELECT "id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "tracked_links_id", "clicks_id", "sources_id", "events_id", "conversions_id", "accounts_id", "contacts_id", "identities_id", "attribution_credits_id", "credit_rollups_id", "click_rollups_id", "visitor_salts_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_identities_id_idx\` ON \`payload_locked_documents_rels\` (\`identities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attribution_credits_id_idx\` ON \`payload_locked_documents_rels\` (\`attribution_credits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_credit_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`credit_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_click_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`click_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visitor_salts_id_idx\` ON \`payload_locked_documents_rels\` (\`visitor_salts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`tracked_links_distribution_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`tracked_links\` DROP COLUMN \`distribution_id\`;`)
  await db.run(sql`ALTER TABLE \`clicks\` DROP COLUMN \`delivery_id\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`time_zone\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`suppression_unsubscribed_at\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`suppression_bounced_at\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`suppression_reason\`;`)
}
