import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tracked_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`destination_type\` text DEFAULT 'content' NOT NULL,
  	\`url\` text,
  	\`campaign_id\` integer,
  	\`channel\` text,
  	\`utm_source\` text,
  	\`utm_medium\` text,
  	\`utm_campaign\` text,
  	\`utm_term\` text,
  	\`utm_content\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tracked_links_code_idx\` ON \`tracked_links\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_campaign_idx\` ON \`tracked_links\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_channel_idx\` ON \`tracked_links\` (\`channel\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_updated_at_idx\` ON \`tracked_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_created_at_idx\` ON \`tracked_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tracked_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`white_papers_id\` integer,
  	\`guides_id\` integer,
  	\`product_copy_id\` integer,
  	\`articles_id\` integer,
  	\`landing_pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tracked_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_order_idx\` ON \`tracked_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_parent_idx\` ON \`tracked_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_path_idx\` ON \`tracked_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_white_papers_id_idx\` ON \`tracked_links_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_guides_id_idx\` ON \`tracked_links_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_product_copy_id_idx\` ON \`tracked_links_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_articles_id_idx\` ON \`tracked_links_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`tracked_links_rels_landing_pages_id_idx\` ON \`tracked_links_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE TABLE \`clicks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`click_id\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`link_id\` numeric NOT NULL,
  	\`code\` text NOT NULL,
  	\`campaign_key\` text,
  	\`channel\` text,
  	\`content_type\` text,
  	\`content_id\` numeric,
  	\`human\` integer DEFAULT true NOT NULL,
  	\`bot_reason\` text,
  	\`referrer\` text,
  	\`user_agent\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`clicks_click_id_idx\` ON \`clicks\` (\`click_id\`);`)
  await db.run(sql`CREATE INDEX \`clicks_at_idx\` ON \`clicks\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'website' NOT NULL,
  	\`write_key\` text,
  	\`secret_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_write_key_idx\` ON \`sources\` (\`write_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_secret_key_idx\` ON \`sources\` (\`secret_key\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dedupe_key\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`source_id\` numeric NOT NULL,
  	\`message_id\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`event\` text,
  	\`anonymous_id\` text,
  	\`user_id\` text,
  	\`previous_id\` text,
  	\`click_id\` text,
  	\`utm_source\` text,
  	\`utm_medium\` text,
  	\`utm_campaign\` text,
  	\`utm_term\` text,
  	\`utm_content\` text,
  	\`page_url\` text,
  	\`referrer\` text,
  	\`properties\` text,
  	\`traits\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_dedupe_key_idx\` ON \`events\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`events_at_idx\` ON \`events\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`conversions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dedupe_key\` text NOT NULL,
  	\`source_id\` numeric NOT NULL,
  	\`idempotency_key\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`click_id\` text,
  	\`anonymous_id\` text,
  	\`user_id\` text,
  	\`email\` text,
  	\`account_domain\` text,
  	\`revenue\` numeric,
  	\`currency\` text,
  	\`properties\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conversions_dedupe_key_idx\` ON \`conversions\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`conversions_event_idx\` ON \`conversions\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`conversions_at_idx\` ON \`conversions\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`conversions_click_id_idx\` ON \`conversions\` (\`click_id\`);`)
  await db.run(sql`CREATE INDEX \`conversions_email_idx\` ON \`conversions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`conversions_updated_at_idx\` ON \`conversions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conversions_created_at_idx\` ON \`conversions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accounts\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`accounts_domain_idx\` ON \`accounts\` (\`domain\`);`)
  await db.run(sql`CREATE INDEX \`accounts_industry_idx\` ON \`accounts\` (\`industry_id\`);`)
  await db.run(sql`CREATE INDEX \`accounts_key_account_idx\` ON \`accounts\` (\`key_account\`);`)
  await db.run(sql`CREATE INDEX \`accounts_updated_at_idx\` ON \`accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accounts_created_at_idx\` ON \`accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`name\` text,
  	\`job_title\` text,
  	\`account_id\` integer,
  	\`consent_email\` integer DEFAULT false,
  	\`consent_tracking\` integer DEFAULT true,
  	\`consent_updated_at\` text,
  	\`traits\` text,
  	\`first_seen_at\` text,
  	\`last_seen_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contacts_email_idx\` ON \`contacts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`contacts_account_idx\` ON \`contacts\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_last_seen_at_idx\` ON \`contacts\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`identities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`contact_id\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`identities_key_idx\` ON \`identities\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`identities_contact_id_idx\` ON \`identities\` (\`contact_id\`);`)
  await db.run(sql`CREATE TABLE \`attribution_credits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`conversion_id\` numeric NOT NULL,
  	\`conversion_event\` text NOT NULL,
  	\`conversion_at\` text NOT NULL,
  	\`model\` text NOT NULL,
  	\`contact_id\` numeric,
  	\`account_id\` numeric,
  	\`touch_at\` text NOT NULL,
  	\`touch_kind\` text NOT NULL,
  	\`direct\` integer DEFAULT false NOT NULL,
  	\`click_id\` text,
  	\`link_id\` numeric,
  	\`campaign_key\` text,
  	\`channel\` text,
  	\`content_type\` text,
  	\`content_id\` numeric,
  	\`weight\` numeric NOT NULL,
  	\`revenue\` numeric,
  	\`currency\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`attribution_credits_conversion_id_idx\` ON \`attribution_credits\` (\`conversion_id\`);`)
  await db.run(sql`CREATE INDEX \`model_conversionAt_idx\` ON \`attribution_credits\` (\`model\`,\`conversion_at\`);`)
  await db.run(sql`CREATE TABLE \`attribution_settings_allowed_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`domain\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`attribution_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`attribution_settings_allowed_domains_order_idx\` ON \`attribution_settings_allowed_domains\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`attribution_settings_allowed_domains_parent_id_idx\` ON \`attribution_settings_allowed_domains\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`attribution_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
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
  	\`identities_id\` integer,
  	\`attribution_credits_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracked_links_id\`) REFERENCES \`tracked_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clicks_id\`) REFERENCES \`clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conversions_id\`) REFERENCES \`conversions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accounts_id\`) REFERENCES \`accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`identities_id\`) REFERENCES \`identities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attribution_credits_id\`) REFERENCES \`attribution_credits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "users_id") SELECT "id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tracked_links_id_idx\` ON \`payload_locked_documents_rels\` (\`tracked_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conversions_id_idx\` ON \`payload_locked_documents_rels\` (\`conversions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_identities_id_idx\` ON \`payload_locked_documents_rels\` (\`identities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attribution_credits_id_idx\` ON \`payload_locked_documents_rels\` (\`attribution_credits_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tracked_links\`;`)
  await db.run(sql`DROP TABLE \`tracked_links_rels\`;`)
  await db.run(sql`DROP TABLE \`clicks\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`conversions\`;`)
  await db.run(sql`DROP TABLE \`accounts\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`DROP TABLE \`identities\`;`)
  await db.run(sql`DROP TABLE \`attribution_credits\`;`)
  await db.run(sql`DROP TABLE \`attribution_settings_allowed_domains\`;`)
  await db.run(sql`DROP TABLE \`attribution_settings\`;`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "users_id") SELECT "id", "order", "parent_id", "path", "white_papers_id", "guides_id", "product_copy_id", "articles_id", "landing_pages_id", "campaigns_id", "media_id", "industries_id", "products_id", "growth_layers_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
