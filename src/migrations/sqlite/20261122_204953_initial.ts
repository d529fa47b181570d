import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`white_papers_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_hero_order_idx\` ON \`white_papers_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_hero_parent_id_idx\` ON \`white_papers_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_hero_path_idx\` ON \`white_papers_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_hero_locale_idx\` ON \`white_papers_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_hero_image_idx\` ON \`white_papers_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_rich_text_order_idx\` ON \`white_papers_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_rich_text_parent_id_idx\` ON \`white_papers_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_rich_text_path_idx\` ON \`white_papers_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_rich_text_locale_idx\` ON \`white_papers_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_features_order_idx\` ON \`white_papers_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_features_parent_id_idx\` ON \`white_papers_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_features_locale_idx\` ON \`white_papers_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_order_idx\` ON \`white_papers_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_parent_id_idx\` ON \`white_papers_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_path_idx\` ON \`white_papers_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_feature_grid_locale_idx\` ON \`white_papers_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_items_order_idx\` ON \`white_papers_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_items_parent_id_idx\` ON \`white_papers_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_items_locale_idx\` ON \`white_papers_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_order_idx\` ON \`white_papers_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_parent_id_idx\` ON \`white_papers_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_path_idx\` ON \`white_papers_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_stats_locale_idx\` ON \`white_papers_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_testimonial_order_idx\` ON \`white_papers_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_testimonial_parent_id_idx\` ON \`white_papers_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_testimonial_path_idx\` ON \`white_papers_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_testimonial_locale_idx\` ON \`white_papers_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_testimonial_photo_idx\` ON \`white_papers_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_logos_order_idx\` ON \`white_papers_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_logos_parent_id_idx\` ON \`white_papers_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_logos_locale_idx\` ON \`white_papers_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_logos_media_idx\` ON \`white_papers_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_order_idx\` ON \`white_papers_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_parent_id_idx\` ON \`white_papers_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_path_idx\` ON \`white_papers_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_logo_wall_locale_idx\` ON \`white_papers_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_call_to_action_order_idx\` ON \`white_papers_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_call_to_action_parent_id_idx\` ON \`white_papers_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_call_to_action_path_idx\` ON \`white_papers_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_call_to_action_locale_idx\` ON \`white_papers_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_items_order_idx\` ON \`white_papers_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_items_parent_id_idx\` ON \`white_papers_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_items_locale_idx\` ON \`white_papers_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_order_idx\` ON \`white_papers_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_parent_id_idx\` ON \`white_papers_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_path_idx\` ON \`white_papers_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_faq_locale_idx\` ON \`white_papers_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_cmp_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_columns_order_idx\` ON \`white_papers_cmp_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_columns_parent_id_idx\` ON \`white_papers_cmp_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_columns_locale_idx\` ON \`white_papers_cmp_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_cmp_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_cmp_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_rows_values_order_idx\` ON \`white_papers_cmp_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_rows_values_parent_id_idx\` ON \`white_papers_cmp_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_rows_values_locale_idx\` ON \`white_papers_cmp_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_cmp_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_rows_order_idx\` ON \`white_papers_cmp_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_rows_parent_id_idx\` ON \`white_papers_cmp_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_rows_locale_idx\` ON \`white_papers_cmp_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_cmp\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_order_idx\` ON \`white_papers_cmp\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_parent_id_idx\` ON \`white_papers_cmp\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_path_idx\` ON \`white_papers_cmp\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cmp_locale_idx\` ON \`white_papers_cmp\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_video_order_idx\` ON \`white_papers_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_video_parent_id_idx\` ON \`white_papers_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_video_path_idx\` ON \`white_papers_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_video_locale_idx\` ON \`white_papers_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_video_poster_idx\` ON \`white_papers_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_code_sample_order_idx\` ON \`white_papers_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_code_sample_parent_id_idx\` ON \`white_papers_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_code_sample_path_idx\` ON \`white_papers_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_blocks_code_sample_locale_idx\` ON \`white_papers_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_gate_f_o\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_gate_f\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_gate_f_o_order_idx\` ON \`white_papers_gate_f_o\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_f_o_parent_id_idx\` ON \`white_papers_gate_f_o\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_f_o_locale_idx\` ON \`white_papers_gate_f_o\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_gate_f\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers_gate\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_gate_f_order_idx\` ON \`white_papers_gate_f\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_f_parent_id_idx\` ON \`white_papers_gate_f\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_f_locale_idx\` ON \`white_papers_gate_f\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_gate\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_gate_order_idx\` ON \`white_papers_gate\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_parent_id_idx\` ON \`white_papers_gate\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_path_idx\` ON \`white_papers_gate\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_locale_idx\` ON \`white_papers_gate\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_gate_asset_idx\` ON \`white_papers_gate\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_link_report_order_idx\` ON \`white_papers_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_link_report_parent_id_idx\` ON \`white_papers_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_workflow_log_order_idx\` ON \`white_papers_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_workflow_log_parent_id_idx\` ON \`white_papers_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_workflow_log_by_idx\` ON \`white_papers_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`cover_image_id\` integer,
  	\`file_id\` integer,
  	\`gated\` integer DEFAULT false,
  	\`product_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`white_papers_slug_idx\` ON \`white_papers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_cover_image_idx\` ON \`white_papers\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_file_idx\` ON \`white_papers\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_product_idx\` ON \`white_papers\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_workflow_state_idx\` ON \`white_papers\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_publish_at_idx\` ON \`white_papers\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_unpublish_at_idx\` ON \`white_papers\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_updated_at_idx\` ON \`white_papers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_created_at_idx\` ON \`white_papers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`white_papers__status_idx\` ON \`white_papers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_meta_meta_image_idx\` ON \`white_papers_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`white_papers_locales_locale_parent_id_unique\` ON \`white_papers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_texts_order_parent\` ON \`white_papers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_texts_text_idx\` ON \`white_papers_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`white_papers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`growth_layers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`white_papers_rels_order_idx\` ON \`white_papers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_rels_parent_idx\` ON \`white_papers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_rels_path_idx\` ON \`white_papers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_rels_industries_id_idx\` ON \`white_papers_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_rels_growth_layers_id_idx\` ON \`white_papers_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`white_papers_rels_users_id_idx\` ON \`white_papers_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_hero_order_idx\` ON \`_white_papers_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_hero_parent_id_idx\` ON \`_white_papers_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_hero_path_idx\` ON \`_white_papers_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_hero_locale_idx\` ON \`_white_papers_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_hero_image_idx\` ON \`_white_papers_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_rich_text_order_idx\` ON \`_white_papers_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_rich_text_parent_id_idx\` ON \`_white_papers_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_rich_text_path_idx\` ON \`_white_papers_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_rich_text_locale_idx\` ON \`_white_papers_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_features_order_idx\` ON \`_white_papers_v_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_features_parent_id_idx\` ON \`_white_papers_v_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_features_locale_idx\` ON \`_white_papers_v_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_order_idx\` ON \`_white_papers_v_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_parent_id_idx\` ON \`_white_papers_v_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_path_idx\` ON \`_white_papers_v_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_feature_grid_locale_idx\` ON \`_white_papers_v_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_items_order_idx\` ON \`_white_papers_v_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_items_parent_id_idx\` ON \`_white_papers_v_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_items_locale_idx\` ON \`_white_papers_v_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_order_idx\` ON \`_white_papers_v_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_parent_id_idx\` ON \`_white_papers_v_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_path_idx\` ON \`_white_papers_v_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_stats_locale_idx\` ON \`_white_papers_v_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_testimonial_order_idx\` ON \`_white_papers_v_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_testimonial_parent_id_idx\` ON \`_white_papers_v_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_testimonial_path_idx\` ON \`_white_papers_v_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_testimonial_locale_idx\` ON \`_white_papers_v_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_testimonial_photo_idx\` ON \`_white_papers_v_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_logos_order_idx\` ON \`_white_papers_v_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_logos_parent_id_idx\` ON \`_white_papers_v_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_logos_locale_idx\` ON \`_white_papers_v_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_logos_media_idx\` ON \`_white_papers_v_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_order_idx\` ON \`_white_papers_v_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_parent_id_idx\` ON \`_white_papers_v_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_path_idx\` ON \`_white_papers_v_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_logo_wall_locale_idx\` ON \`_white_papers_v_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_call_to_action_order_idx\` ON \`_white_papers_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_call_to_action_parent_id_idx\` ON \`_white_papers_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_call_to_action_path_idx\` ON \`_white_papers_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_call_to_action_locale_idx\` ON \`_white_papers_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_items_order_idx\` ON \`_white_papers_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_items_parent_id_idx\` ON \`_white_papers_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_items_locale_idx\` ON \`_white_papers_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_order_idx\` ON \`_white_papers_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_parent_id_idx\` ON \`_white_papers_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_path_idx\` ON \`_white_papers_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_faq_locale_idx\` ON \`_white_papers_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__white_papers_v_cmp_v_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__white_papers_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_columns_order_idx\` ON \`__white_papers_v_cmp_v_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_columns_parent_id_idx\` ON \`__white_papers_v_cmp_v_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_columns_locale_idx\` ON \`__white_papers_v_cmp_v_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__white_papers_v_cmp_v_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__white_papers_v_cmp_v_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_rows_values_order_idx\` ON \`__white_papers_v_cmp_v_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_rows_values_parent_id_idx\` ON \`__white_papers_v_cmp_v_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_rows_values_locale_idx\` ON \`__white_papers_v_cmp_v_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__white_papers_v_cmp_v_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__white_papers_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_rows_order_idx\` ON \`__white_papers_v_cmp_v_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_rows_parent_id_idx\` ON \`__white_papers_v_cmp_v_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_rows_locale_idx\` ON \`__white_papers_v_cmp_v_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__white_papers_v_cmp_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_order_idx\` ON \`__white_papers_v_cmp_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_parent_id_idx\` ON \`__white_papers_v_cmp_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_path_idx\` ON \`__white_papers_v_cmp_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_cmp_v_locale_idx\` ON \`__white_papers_v_cmp_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_video_order_idx\` ON \`_white_papers_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_video_parent_id_idx\` ON \`_white_papers_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_video_path_idx\` ON \`_white_papers_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_video_locale_idx\` ON \`_white_papers_v_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_video_poster_idx\` ON \`_white_papers_v_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_code_sample_order_idx\` ON \`_white_papers_v_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_code_sample_parent_id_idx\` ON \`_white_papers_v_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_code_sample_path_idx\` ON \`_white_papers_v_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_blocks_code_sample_locale_idx\` ON \`_white_papers_v_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`____white_papers_v_gate_v_f_v_o_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`___white_papers_v_gate_v_f_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`____white_papers_v_gate_v_f_v_o_v_order_idx\` ON \`____white_papers_v_gate_v_f_v_o_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`____white_papers_v_gate_v_f_v_o_v_parent_id_idx\` ON \`____white_papers_v_gate_v_f_v_o_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`____white_papers_v_gate_v_f_v_o_v_locale_idx\` ON \`____white_papers_v_gate_v_f_v_o_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`___white_papers_v_gate_v_f_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__white_papers_v_gate_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`___white_papers_v_gate_v_f_v_order_idx\` ON \`___white_papers_v_gate_v_f_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`___white_papers_v_gate_v_f_v_parent_id_idx\` ON \`___white_papers_v_gate_v_f_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`___white_papers_v_gate_v_f_v_locale_idx\` ON \`___white_papers_v_gate_v_f_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__white_papers_v_gate_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__white_papers_v_gate_v_order_idx\` ON \`__white_papers_v_gate_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_gate_v_parent_id_idx\` ON \`__white_papers_v_gate_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_gate_v_path_idx\` ON \`__white_papers_v_gate_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_gate_v_locale_idx\` ON \`__white_papers_v_gate_v\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`__white_papers_v_gate_v_asset_idx\` ON \`__white_papers_v_gate_v\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_version_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_link_report_order_idx\` ON \`_white_papers_v_version_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_link_report_parent_id_idx\` ON \`_white_papers_v_version_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_workflow_log_order_idx\` ON \`_white_papers_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_workflow_log_parent_id_idx\` ON \`_white_papers_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_workflow_log_by_idx\` ON \`_white_papers_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_cover_image_id\` integer,
  	\`version_file_id\` integer,
  	\`version_gated\` integer DEFAULT false,
  	\`version_product_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_parent_idx\` ON \`_white_papers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_slug_idx\` ON \`_white_papers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_cover_image_idx\` ON \`_white_papers_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_file_idx\` ON \`_white_papers_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_product_idx\` ON \`_white_papers_v\` (\`version_product_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_workflow_state_idx\` ON \`_white_papers_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_publish_at_idx\` ON \`_white_papers_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_unpublish_at_idx\` ON \`_white_papers_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_updated_at_idx\` ON \`_white_papers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version_created_at_idx\` ON \`_white_papers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_version__status_idx\` ON \`_white_papers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_created_at_idx\` ON \`_white_papers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_updated_at_idx\` ON \`_white_papers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_snapshot_idx\` ON \`_white_papers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_published_locale_idx\` ON \`_white_papers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_latest_idx\` ON \`_white_papers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_version_meta_version_meta_image_idx\` ON \`_white_papers_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_white_papers_v_locales_locale_parent_id_unique\` ON \`_white_papers_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_texts_order_parent\` ON \`_white_papers_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_white_papers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`growth_layers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_white_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_white_papers_v_rels_order_idx\` ON \`_white_papers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_rels_parent_idx\` ON \`_white_papers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_rels_path_idx\` ON \`_white_papers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_rels_industries_id_idx\` ON \`_white_papers_v_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_rels_growth_layers_id_idx\` ON \`_white_papers_v_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`_white_papers_v_rels_users_id_idx\` ON \`_white_papers_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_steps_order_idx\` ON \`guides_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_steps_parent_id_idx\` ON \`guides_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_steps_locale_idx\` ON \`guides_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_steps_image_idx\` ON \`guides_steps\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_hero_order_idx\` ON \`guides_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_hero_parent_id_idx\` ON \`guides_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_hero_path_idx\` ON \`guides_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_hero_locale_idx\` ON \`guides_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_hero_image_idx\` ON \`guides_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_rich_text_order_idx\` ON \`guides_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_rich_text_parent_id_idx\` ON \`guides_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_rich_text_path_idx\` ON \`guides_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_rich_text_locale_idx\` ON \`guides_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_features_order_idx\` ON \`guides_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_features_parent_id_idx\` ON \`guides_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_features_locale_idx\` ON \`guides_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_order_idx\` ON \`guides_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_parent_id_idx\` ON \`guides_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_path_idx\` ON \`guides_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_feature_grid_locale_idx\` ON \`guides_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_items_order_idx\` ON \`guides_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_items_parent_id_idx\` ON \`guides_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_items_locale_idx\` ON \`guides_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_order_idx\` ON \`guides_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_parent_id_idx\` ON \`guides_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_path_idx\` ON \`guides_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_stats_locale_idx\` ON \`guides_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_testimonial_order_idx\` ON \`guides_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_testimonial_parent_id_idx\` ON \`guides_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_testimonial_path_idx\` ON \`guides_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_testimonial_locale_idx\` ON \`guides_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_testimonial_photo_idx\` ON \`guides_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_logos_order_idx\` ON \`guides_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_logos_parent_id_idx\` ON \`guides_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_logos_locale_idx\` ON \`guides_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_logos_media_idx\` ON \`guides_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_order_idx\` ON \`guides_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_parent_id_idx\` ON \`guides_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_path_idx\` ON \`guides_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_logo_wall_locale_idx\` ON \`guides_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_call_to_action_order_idx\` ON \`guides_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_call_to_action_parent_id_idx\` ON \`guides_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_call_to_action_path_idx\` ON \`guides_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_call_to_action_locale_idx\` ON \`guides_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_items_order_idx\` ON \`guides_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_items_parent_id_idx\` ON \`guides_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_items_locale_idx\` ON \`guides_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_order_idx\` ON \`guides_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_parent_id_idx\` ON \`guides_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_path_idx\` ON \`guides_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_faq_locale_idx\` ON \`guides_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_cmp_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_cmp_columns_order_idx\` ON \`guides_cmp_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_columns_parent_id_idx\` ON \`guides_cmp_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_columns_locale_idx\` ON \`guides_cmp_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_cmp_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_cmp_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_cmp_rows_values_order_idx\` ON \`guides_cmp_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_rows_values_parent_id_idx\` ON \`guides_cmp_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_rows_values_locale_idx\` ON \`guides_cmp_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_cmp_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_cmp_rows_order_idx\` ON \`guides_cmp_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_rows_parent_id_idx\` ON \`guides_cmp_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_rows_locale_idx\` ON \`guides_cmp_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_cmp\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_cmp_order_idx\` ON \`guides_cmp\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_parent_id_idx\` ON \`guides_cmp\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_path_idx\` ON \`guides_cmp\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_cmp_locale_idx\` ON \`guides_cmp\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_video_order_idx\` ON \`guides_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_video_parent_id_idx\` ON \`guides_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_video_path_idx\` ON \`guides_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_video_locale_idx\` ON \`guides_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_video_poster_idx\` ON \`guides_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_blocks_code_sample_order_idx\` ON \`guides_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_code_sample_parent_id_idx\` ON \`guides_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_code_sample_path_idx\` ON \`guides_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_blocks_code_sample_locale_idx\` ON \`guides_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_gate_f_o\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_gate_f\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_gate_f_o_order_idx\` ON \`guides_gate_f_o\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_f_o_parent_id_idx\` ON \`guides_gate_f_o\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_f_o_locale_idx\` ON \`guides_gate_f_o\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_gate_f\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_gate\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_gate_f_order_idx\` ON \`guides_gate_f\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_f_parent_id_idx\` ON \`guides_gate_f\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_f_locale_idx\` ON \`guides_gate_f\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`guides_gate\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_gate_order_idx\` ON \`guides_gate\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_parent_id_idx\` ON \`guides_gate\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_path_idx\` ON \`guides_gate\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_locale_idx\` ON \`guides_gate\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_gate_asset_idx\` ON \`guides_gate\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_link_report_order_idx\` ON \`guides_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_link_report_parent_id_idx\` ON \`guides_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_workflow_log_order_idx\` ON \`guides_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_workflow_log_parent_id_idx\` ON \`guides_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_workflow_log_by_idx\` ON \`guides_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_breadcrumbs_order_idx\` ON \`guides_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_breadcrumbs_parent_id_idx\` ON \`guides_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_breadcrumbs_locale_idx\` ON \`guides_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`guides_breadcrumbs_doc_idx\` ON \`guides_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`product_id\` integer,
  	\`product_version\` text,
  	\`last_verified_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_product_idx\` ON \`guides\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_workflow_state_idx\` ON \`guides\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`guides_publish_at_idx\` ON \`guides\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_unpublish_at_idx\` ON \`guides\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_parent_idx\` ON \`guides\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guides_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_meta_meta_image_idx\` ON \`guides_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_locales_locale_parent_id_unique\` ON \`guides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_texts_order_parent\` ON \`guides_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_texts_text_idx\` ON \`guides_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`growth_layers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_rels_order_idx\` ON \`guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_parent_idx\` ON \`guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_path_idx\` ON \`guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_growth_layers_id_idx\` ON \`guides_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_users_id_idx\` ON \`guides_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_steps_order_idx\` ON \`_guides_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_steps_parent_id_idx\` ON \`_guides_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_steps_locale_idx\` ON \`_guides_v_version_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_steps_image_idx\` ON \`_guides_v_version_steps\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_hero_order_idx\` ON \`_guides_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_hero_parent_id_idx\` ON \`_guides_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_hero_path_idx\` ON \`_guides_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_hero_locale_idx\` ON \`_guides_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_hero_image_idx\` ON \`_guides_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_rich_text_order_idx\` ON \`_guides_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_rich_text_parent_id_idx\` ON \`_guides_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_rich_text_path_idx\` ON \`_guides_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_rich_text_locale_idx\` ON \`_guides_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_features_order_idx\` ON \`_guides_v_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_features_parent_id_idx\` ON \`_guides_v_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_features_locale_idx\` ON \`_guides_v_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_order_idx\` ON \`_guides_v_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_parent_id_idx\` ON \`_guides_v_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_path_idx\` ON \`_guides_v_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_feature_grid_locale_idx\` ON \`_guides_v_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_items_order_idx\` ON \`_guides_v_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_items_parent_id_idx\` ON \`_guides_v_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_items_locale_idx\` ON \`_guides_v_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_order_idx\` ON \`_guides_v_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_parent_id_idx\` ON \`_guides_v_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_path_idx\` ON \`_guides_v_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_stats_locale_idx\` ON \`_guides_v_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_testimonial_order_idx\` ON \`_guides_v_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_testimonial_parent_id_idx\` ON \`_guides_v_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_testimonial_path_idx\` ON \`_guides_v_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_testimonial_locale_idx\` ON \`_guides_v_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_testimonial_photo_idx\` ON \`_guides_v_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_logos_order_idx\` ON \`_guides_v_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_logos_parent_id_idx\` ON \`_guides_v_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_logos_locale_idx\` ON \`_guides_v_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_logos_media_idx\` ON \`_guides_v_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_order_idx\` ON \`_guides_v_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_parent_id_idx\` ON \`_guides_v_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_path_idx\` ON \`_guides_v_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_logo_wall_locale_idx\` ON \`_guides_v_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_call_to_action_order_idx\` ON \`_guides_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_call_to_action_parent_id_idx\` ON \`_guides_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_call_to_action_path_idx\` ON \`_guides_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_call_to_action_locale_idx\` ON \`_guides_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_items_order_idx\` ON \`_guides_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_items_parent_id_idx\` ON \`_guides_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_items_locale_idx\` ON \`_guides_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_order_idx\` ON \`_guides_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_parent_id_idx\` ON \`_guides_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_path_idx\` ON \`_guides_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_faq_locale_idx\` ON \`_guides_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__guides_v_cmp_v_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__guides_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_columns_order_idx\` ON \`__guides_v_cmp_v_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_columns_parent_id_idx\` ON \`__guides_v_cmp_v_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_columns_locale_idx\` ON \`__guides_v_cmp_v_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__guides_v_cmp_v_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__guides_v_cmp_v_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_rows_values_order_idx\` ON \`__guides_v_cmp_v_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_rows_values_parent_id_idx\` ON \`__guides_v_cmp_v_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_rows_values_locale_idx\` ON \`__guides_v_cmp_v_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__guides_v_cmp_v_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__guides_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_rows_order_idx\` ON \`__guides_v_cmp_v_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_rows_parent_id_idx\` ON \`__guides_v_cmp_v_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_rows_locale_idx\` ON \`__guides_v_cmp_v_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__guides_v_cmp_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_order_idx\` ON \`__guides_v_cmp_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_parent_id_idx\` ON \`__guides_v_cmp_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_path_idx\` ON \`__guides_v_cmp_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_cmp_v_locale_idx\` ON \`__guides_v_cmp_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_video_order_idx\` ON \`_guides_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_video_parent_id_idx\` ON \`_guides_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_video_path_idx\` ON \`_guides_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_video_locale_idx\` ON \`_guides_v_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_video_poster_idx\` ON \`_guides_v_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_code_sample_order_idx\` ON \`_guides_v_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_code_sample_parent_id_idx\` ON \`_guides_v_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_code_sample_path_idx\` ON \`_guides_v_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_blocks_code_sample_locale_idx\` ON \`_guides_v_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`____guides_v_gate_v_f_v_o_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`___guides_v_gate_v_f_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`____guides_v_gate_v_f_v_o_v_order_idx\` ON \`____guides_v_gate_v_f_v_o_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`____guides_v_gate_v_f_v_o_v_parent_id_idx\` ON \`____guides_v_gate_v_f_v_o_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`____guides_v_gate_v_f_v_o_v_locale_idx\` ON \`____guides_v_gate_v_f_v_o_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`___guides_v_gate_v_f_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__guides_v_gate_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`___guides_v_gate_v_f_v_order_idx\` ON \`___guides_v_gate_v_f_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`___guides_v_gate_v_f_v_parent_id_idx\` ON \`___guides_v_gate_v_f_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`___guides_v_gate_v_f_v_locale_idx\` ON \`___guides_v_gate_v_f_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__guides_v_gate_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__guides_v_gate_v_order_idx\` ON \`__guides_v_gate_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_gate_v_parent_id_idx\` ON \`__guides_v_gate_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_gate_v_path_idx\` ON \`__guides_v_gate_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_gate_v_locale_idx\` ON \`__guides_v_gate_v\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`__guides_v_gate_v_asset_idx\` ON \`__guides_v_gate_v\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_link_report_order_idx\` ON \`_guides_v_version_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_link_report_parent_id_idx\` ON \`_guides_v_version_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_workflow_log_order_idx\` ON \`_guides_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_workflow_log_parent_id_idx\` ON \`_guides_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_workflow_log_by_idx\` ON \`_guides_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_breadcrumbs_order_idx\` ON \`_guides_v_version_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_breadcrumbs_parent_id_idx\` ON \`_guides_v_version_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_breadcrumbs_locale_idx\` ON \`_guides_v_version_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_breadcrumbs_doc_idx\` ON \`_guides_v_version_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_product_id\` integer,
  	\`version_product_version\` text,
  	\`version_last_verified_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_parent_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_product_idx\` ON \`_guides_v\` (\`version_product_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_workflow_state_idx\` ON \`_guides_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_publish_at_idx\` ON \`_guides_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_unpublish_at_idx\` ON \`_guides_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_parent_idx\` ON \`_guides_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_meta_version_meta_image_idx\` ON \`_guides_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_guides_v_locales_locale_parent_id_unique\` ON \`_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_texts_order_parent\` ON \`_guides_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`growth_layers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_order_idx\` ON \`_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_parent_idx\` ON \`_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_path_idx\` ON \`_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_growth_layers_id_idx\` ON \`_guides_v_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_users_id_idx\` ON \`_guides_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_hero_order_idx\` ON \`product_copy_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_hero_parent_id_idx\` ON \`product_copy_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_hero_path_idx\` ON \`product_copy_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_hero_locale_idx\` ON \`product_copy_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_hero_image_idx\` ON \`product_copy_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_rich_text_order_idx\` ON \`product_copy_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_rich_text_parent_id_idx\` ON \`product_copy_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_rich_text_path_idx\` ON \`product_copy_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_rich_text_locale_idx\` ON \`product_copy_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_features_order_idx\` ON \`product_copy_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_features_parent_id_idx\` ON \`product_copy_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_features_locale_idx\` ON \`product_copy_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_order_idx\` ON \`product_copy_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_parent_id_idx\` ON \`product_copy_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_path_idx\` ON \`product_copy_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_feature_grid_locale_idx\` ON \`product_copy_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_items_order_idx\` ON \`product_copy_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_items_parent_id_idx\` ON \`product_copy_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_items_locale_idx\` ON \`product_copy_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_order_idx\` ON \`product_copy_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_parent_id_idx\` ON \`product_copy_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_path_idx\` ON \`product_copy_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_stats_locale_idx\` ON \`product_copy_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_testimonial_order_idx\` ON \`product_copy_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_testimonial_parent_id_idx\` ON \`product_copy_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_testimonial_path_idx\` ON \`product_copy_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_testimonial_locale_idx\` ON \`product_copy_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_testimonial_photo_idx\` ON \`product_copy_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_logos_order_idx\` ON \`product_copy_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_logos_parent_id_idx\` ON \`product_copy_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_logos_locale_idx\` ON \`product_copy_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_logos_media_idx\` ON \`product_copy_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_order_idx\` ON \`product_copy_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_parent_id_idx\` ON \`product_copy_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_path_idx\` ON \`product_copy_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_logo_wall_locale_idx\` ON \`product_copy_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_call_to_action_order_idx\` ON \`product_copy_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_call_to_action_parent_id_idx\` ON \`product_copy_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_call_to_action_path_idx\` ON \`product_copy_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_call_to_action_locale_idx\` ON \`product_copy_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_items_order_idx\` ON \`product_copy_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_items_parent_id_idx\` ON \`product_copy_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_items_locale_idx\` ON \`product_copy_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_order_idx\` ON \`product_copy_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_parent_id_idx\` ON \`product_copy_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_path_idx\` ON \`product_copy_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_faq_locale_idx\` ON \`product_copy_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_cmp_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_columns_order_idx\` ON \`product_copy_cmp_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_columns_parent_id_idx\` ON \`product_copy_cmp_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_columns_locale_idx\` ON \`product_copy_cmp_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_cmp_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_cmp_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_rows_values_order_idx\` ON \`product_copy_cmp_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_rows_values_parent_id_idx\` ON \`product_copy_cmp_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_rows_values_locale_idx\` ON \`product_copy_cmp_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_cmp_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_rows_order_idx\` ON \`product_copy_cmp_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_rows_parent_id_idx\` ON \`product_copy_cmp_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_rows_locale_idx\` ON \`product_copy_cmp_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_cmp\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_order_idx\` ON \`product_copy_cmp\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_parent_id_idx\` ON \`product_copy_cmp\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_path_idx\` ON \`product_copy_cmp\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_cmp_locale_idx\` ON \`product_copy_cmp\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_video_order_idx\` ON \`product_copy_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_video_parent_id_idx\` ON \`product_copy_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_video_path_idx\` ON \`product_copy_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_video_locale_idx\` ON \`product_copy_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_video_poster_idx\` ON \`product_copy_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_code_sample_order_idx\` ON \`product_copy_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_code_sample_parent_id_idx\` ON \`product_copy_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_code_sample_path_idx\` ON \`product_copy_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_blocks_code_sample_locale_idx\` ON \`product_copy_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_gate_f_o\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_gate_f\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_gate_f_o_order_idx\` ON \`product_copy_gate_f_o\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_f_o_parent_id_idx\` ON \`product_copy_gate_f_o\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_f_o_locale_idx\` ON \`product_copy_gate_f_o\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_gate_f\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy_gate\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_gate_f_order_idx\` ON \`product_copy_gate_f\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_f_parent_id_idx\` ON \`product_copy_gate_f\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_f_locale_idx\` ON \`product_copy_gate_f\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_gate\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_gate_order_idx\` ON \`product_copy_gate\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_parent_id_idx\` ON \`product_copy_gate\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_path_idx\` ON \`product_copy_gate\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_locale_idx\` ON \`product_copy_gate\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_gate_asset_idx\` ON \`product_copy_gate\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_link_report_order_idx\` ON \`product_copy_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_link_report_parent_id_idx\` ON \`product_copy_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_workflow_log_order_idx\` ON \`product_copy_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_workflow_log_parent_id_idx\` ON \`product_copy_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_workflow_log_by_idx\` ON \`product_copy_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`product_copy\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`product_id\` integer,
  	\`page\` text DEFAULT 'introduction',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`product_copy_slug_idx\` ON \`product_copy\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_product_idx\` ON \`product_copy\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_workflow_state_idx\` ON \`product_copy\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_publish_at_idx\` ON \`product_copy\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_unpublish_at_idx\` ON \`product_copy\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_updated_at_idx\` ON \`product_copy\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`product_copy_created_at_idx\` ON \`product_copy\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`product_copy__status_idx\` ON \`product_copy\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`product_copy_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`product_copy_meta_meta_image_idx\` ON \`product_copy_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`product_copy_locales_locale_parent_id_unique\` ON \`product_copy_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_hero_order_idx\` ON \`_product_copy_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_hero_parent_id_idx\` ON \`_product_copy_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_hero_path_idx\` ON \`_product_copy_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_hero_locale_idx\` ON \`_product_copy_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_hero_image_idx\` ON \`_product_copy_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_rich_text_order_idx\` ON \`_product_copy_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_rich_text_parent_id_idx\` ON \`_product_copy_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_rich_text_path_idx\` ON \`_product_copy_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_rich_text_locale_idx\` ON \`_product_copy_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_features_order_idx\` ON \`_product_copy_v_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_features_parent_id_idx\` ON \`_product_copy_v_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_features_locale_idx\` ON \`_product_copy_v_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_order_idx\` ON \`_product_copy_v_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_parent_id_idx\` ON \`_product_copy_v_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_path_idx\` ON \`_product_copy_v_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_feature_grid_locale_idx\` ON \`_product_copy_v_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_items_order_idx\` ON \`_product_copy_v_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_items_parent_id_idx\` ON \`_product_copy_v_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_items_locale_idx\` ON \`_product_copy_v_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_order_idx\` ON \`_product_copy_v_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_parent_id_idx\` ON \`_product_copy_v_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_path_idx\` ON \`_product_copy_v_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_stats_locale_idx\` ON \`_product_copy_v_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_testimonial_order_idx\` ON \`_product_copy_v_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_testimonial_parent_id_idx\` ON \`_product_copy_v_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_testimonial_path_idx\` ON \`_product_copy_v_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_testimonial_locale_idx\` ON \`_product_copy_v_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_testimonial_photo_idx\` ON \`_product_copy_v_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_logos_order_idx\` ON \`_product_copy_v_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_logos_parent_id_idx\` ON \`_product_copy_v_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_logos_locale_idx\` ON \`_product_copy_v_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_logos_media_idx\` ON \`_product_copy_v_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_order_idx\` ON \`_product_copy_v_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_parent_id_idx\` ON \`_product_copy_v_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_path_idx\` ON \`_product_copy_v_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_logo_wall_locale_idx\` ON \`_product_copy_v_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_call_to_action_order_idx\` ON \`_product_copy_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_call_to_action_parent_id_idx\` ON \`_product_copy_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_call_to_action_path_idx\` ON \`_product_copy_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_call_to_action_locale_idx\` ON \`_product_copy_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_items_order_idx\` ON \`_product_copy_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_items_parent_id_idx\` ON \`_product_copy_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_items_locale_idx\` ON \`_product_copy_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_order_idx\` ON \`_product_copy_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_parent_id_idx\` ON \`_product_copy_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_path_idx\` ON \`_product_copy_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_faq_locale_idx\` ON \`_product_copy_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__product_copy_v_cmp_v_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__product_copy_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_columns_order_idx\` ON \`__product_copy_v_cmp_v_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_columns_parent_id_idx\` ON \`__product_copy_v_cmp_v_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_columns_locale_idx\` ON \`__product_copy_v_cmp_v_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__product_copy_v_cmp_v_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__product_copy_v_cmp_v_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_rows_values_order_idx\` ON \`__product_copy_v_cmp_v_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_rows_values_parent_id_idx\` ON \`__product_copy_v_cmp_v_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_rows_values_locale_idx\` ON \`__product_copy_v_cmp_v_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__product_copy_v_cmp_v_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__product_copy_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_rows_order_idx\` ON \`__product_copy_v_cmp_v_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_rows_parent_id_idx\` ON \`__product_copy_v_cmp_v_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_rows_locale_idx\` ON \`__product_copy_v_cmp_v_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__product_copy_v_cmp_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_order_idx\` ON \`__product_copy_v_cmp_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_parent_id_idx\` ON \`__product_copy_v_cmp_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_path_idx\` ON \`__product_copy_v_cmp_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_cmp_v_locale_idx\` ON \`__product_copy_v_cmp_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_video_order_idx\` ON \`_product_copy_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_video_parent_id_idx\` ON \`_product_copy_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_video_path_idx\` ON \`_product_copy_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_video_locale_idx\` ON \`_product_copy_v_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_video_poster_idx\` ON \`_product_copy_v_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_code_sample_order_idx\` ON \`_product_copy_v_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_code_sample_parent_id_idx\` ON \`_product_copy_v_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_code_sample_path_idx\` ON \`_product_copy_v_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_blocks_code_sample_locale_idx\` ON \`_product_copy_v_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`____product_copy_v_gate_v_f_v_o_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`___product_copy_v_gate_v_f_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`____product_copy_v_gate_v_f_v_o_v_order_idx\` ON \`____product_copy_v_gate_v_f_v_o_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`____product_copy_v_gate_v_f_v_o_v_parent_id_idx\` ON \`____product_copy_v_gate_v_f_v_o_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`____product_copy_v_gate_v_f_v_o_v_locale_idx\` ON \`____product_copy_v_gate_v_f_v_o_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`___product_copy_v_gate_v_f_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__product_copy_v_gate_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`___product_copy_v_gate_v_f_v_order_idx\` ON \`___product_copy_v_gate_v_f_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`___product_copy_v_gate_v_f_v_parent_id_idx\` ON \`___product_copy_v_gate_v_f_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`___product_copy_v_gate_v_f_v_locale_idx\` ON \`___product_copy_v_gate_v_f_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__product_copy_v_gate_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__product_copy_v_gate_v_order_idx\` ON \`__product_copy_v_gate_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_gate_v_parent_id_idx\` ON \`__product_copy_v_gate_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_gate_v_path_idx\` ON \`__product_copy_v_gate_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_gate_v_locale_idx\` ON \`__product_copy_v_gate_v\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`__product_copy_v_gate_v_asset_idx\` ON \`__product_copy_v_gate_v\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_version_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_link_report_order_idx\` ON \`_product_copy_v_version_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_link_report_parent_id_idx\` ON \`_product_copy_v_version_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_workflow_log_order_idx\` ON \`_product_copy_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_workflow_log_parent_id_idx\` ON \`_product_copy_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_workflow_log_by_idx\` ON \`_product_copy_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_product_id\` integer,
  	\`version_page\` text DEFAULT 'introduction',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_parent_idx\` ON \`_product_copy_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_slug_idx\` ON \`_product_copy_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_product_idx\` ON \`_product_copy_v\` (\`version_product_id\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_workflow_state_idx\` ON \`_product_copy_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_publish_at_idx\` ON \`_product_copy_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_unpublish_at_idx\` ON \`_product_copy_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_updated_at_idx\` ON \`_product_copy_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version_created_at_idx\` ON \`_product_copy_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_version__status_idx\` ON \`_product_copy_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_created_at_idx\` ON \`_product_copy_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_updated_at_idx\` ON \`_product_copy_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_snapshot_idx\` ON \`_product_copy_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_published_locale_idx\` ON \`_product_copy_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_product_copy_v_latest_idx\` ON \`_product_copy_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_product_copy_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_product_copy_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_product_copy_v_version_meta_version_meta_image_idx\` ON \`_product_copy_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_product_copy_v_locales_locale_parent_id_unique\` ON \`_product_copy_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_hero_order_idx\` ON \`articles_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_hero_parent_id_idx\` ON \`articles_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_hero_path_idx\` ON \`articles_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_hero_locale_idx\` ON \`articles_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_hero_image_idx\` ON \`articles_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_rich_text_order_idx\` ON \`articles_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_rich_text_parent_id_idx\` ON \`articles_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_rich_text_path_idx\` ON \`articles_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_rich_text_locale_idx\` ON \`articles_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_features_order_idx\` ON \`articles_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_features_parent_id_idx\` ON \`articles_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_features_locale_idx\` ON \`articles_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_order_idx\` ON \`articles_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_parent_id_idx\` ON \`articles_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_path_idx\` ON \`articles_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_feature_grid_locale_idx\` ON \`articles_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_items_order_idx\` ON \`articles_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_items_parent_id_idx\` ON \`articles_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_items_locale_idx\` ON \`articles_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_order_idx\` ON \`articles_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_parent_id_idx\` ON \`articles_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_path_idx\` ON \`articles_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_stats_locale_idx\` ON \`articles_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_testimonial_order_idx\` ON \`articles_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_testimonial_parent_id_idx\` ON \`articles_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_testimonial_path_idx\` ON \`articles_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_testimonial_locale_idx\` ON \`articles_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_testimonial_photo_idx\` ON \`articles_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_logos_order_idx\` ON \`articles_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_logos_parent_id_idx\` ON \`articles_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_logos_locale_idx\` ON \`articles_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_logos_media_idx\` ON \`articles_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_order_idx\` ON \`articles_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_parent_id_idx\` ON \`articles_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_path_idx\` ON \`articles_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_logo_wall_locale_idx\` ON \`articles_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_call_to_action_order_idx\` ON \`articles_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_call_to_action_parent_id_idx\` ON \`articles_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_call_to_action_path_idx\` ON \`articles_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_call_to_action_locale_idx\` ON \`articles_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_items_order_idx\` ON \`articles_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_items_parent_id_idx\` ON \`articles_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_items_locale_idx\` ON \`articles_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_order_idx\` ON \`articles_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_parent_id_idx\` ON \`articles_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_path_idx\` ON \`articles_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_faq_locale_idx\` ON \`articles_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_cmp_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cmp_columns_order_idx\` ON \`articles_cmp_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_columns_parent_id_idx\` ON \`articles_cmp_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_columns_locale_idx\` ON \`articles_cmp_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_cmp_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_cmp_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cmp_rows_values_order_idx\` ON \`articles_cmp_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_rows_values_parent_id_idx\` ON \`articles_cmp_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_rows_values_locale_idx\` ON \`articles_cmp_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_cmp_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cmp_rows_order_idx\` ON \`articles_cmp_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_rows_parent_id_idx\` ON \`articles_cmp_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_rows_locale_idx\` ON \`articles_cmp_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_cmp\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cmp_order_idx\` ON \`articles_cmp\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_parent_id_idx\` ON \`articles_cmp\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_path_idx\` ON \`articles_cmp\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_cmp_locale_idx\` ON \`articles_cmp\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_video_order_idx\` ON \`articles_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_video_parent_id_idx\` ON \`articles_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_video_path_idx\` ON \`articles_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_video_locale_idx\` ON \`articles_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_video_poster_idx\` ON \`articles_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_blocks_code_sample_order_idx\` ON \`articles_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_code_sample_parent_id_idx\` ON \`articles_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_code_sample_path_idx\` ON \`articles_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_blocks_code_sample_locale_idx\` ON \`articles_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_gate_f_o\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_gate_f\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_gate_f_o_order_idx\` ON \`articles_gate_f_o\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_f_o_parent_id_idx\` ON \`articles_gate_f_o\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_f_o_locale_idx\` ON \`articles_gate_f_o\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_gate_f\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_gate\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_gate_f_order_idx\` ON \`articles_gate_f\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_f_parent_id_idx\` ON \`articles_gate_f\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_f_locale_idx\` ON \`articles_gate_f\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_gate\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_gate_order_idx\` ON \`articles_gate\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_parent_id_idx\` ON \`articles_gate\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_path_idx\` ON \`articles_gate\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_locale_idx\` ON \`articles_gate\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_gate_asset_idx\` ON \`articles_gate\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_link_report_order_idx\` ON \`articles_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_link_report_parent_id_idx\` ON \`articles_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_workflow_log_order_idx\` ON \`articles_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_log_parent_id_idx\` ON \`articles_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_log_by_idx\` ON \`articles_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`cover_image_id\` integer,
  	\`topic\` text,
  	\`format\` text DEFAULT 'article',
  	\`series\` text,
  	\`product_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_topic_idx\` ON \`articles\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`articles_series_idx\` ON \`articles\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`articles_product_idx\` ON \`articles\` (\`product_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_publish_at_idx\` ON \`articles\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_unpublish_at_idx\` ON \`articles\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_text_idx\` ON \`articles_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`growth_layers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_industries_id_idx\` ON \`articles_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_growth_layers_id_idx\` ON \`articles_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_hero_order_idx\` ON \`_articles_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_hero_parent_id_idx\` ON \`_articles_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_hero_path_idx\` ON \`_articles_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_hero_locale_idx\` ON \`_articles_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_hero_image_idx\` ON \`_articles_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_rich_text_order_idx\` ON \`_articles_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_rich_text_parent_id_idx\` ON \`_articles_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_rich_text_path_idx\` ON \`_articles_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_rich_text_locale_idx\` ON \`_articles_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_features_order_idx\` ON \`_articles_v_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_features_parent_id_idx\` ON \`_articles_v_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_features_locale_idx\` ON \`_articles_v_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_order_idx\` ON \`_articles_v_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_parent_id_idx\` ON \`_articles_v_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_path_idx\` ON \`_articles_v_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_feature_grid_locale_idx\` ON \`_articles_v_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_items_order_idx\` ON \`_articles_v_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_items_parent_id_idx\` ON \`_articles_v_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_items_locale_idx\` ON \`_articles_v_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_order_idx\` ON \`_articles_v_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_parent_id_idx\` ON \`_articles_v_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_path_idx\` ON \`_articles_v_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_stats_locale_idx\` ON \`_articles_v_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_testimonial_order_idx\` ON \`_articles_v_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_testimonial_parent_id_idx\` ON \`_articles_v_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_testimonial_path_idx\` ON \`_articles_v_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_testimonial_locale_idx\` ON \`_articles_v_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_testimonial_photo_idx\` ON \`_articles_v_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_logos_order_idx\` ON \`_articles_v_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_logos_parent_id_idx\` ON \`_articles_v_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_logos_locale_idx\` ON \`_articles_v_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_logos_media_idx\` ON \`_articles_v_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_order_idx\` ON \`_articles_v_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_parent_id_idx\` ON \`_articles_v_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_path_idx\` ON \`_articles_v_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_logo_wall_locale_idx\` ON \`_articles_v_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_call_to_action_order_idx\` ON \`_articles_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_call_to_action_parent_id_idx\` ON \`_articles_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_call_to_action_path_idx\` ON \`_articles_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_call_to_action_locale_idx\` ON \`_articles_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_items_order_idx\` ON \`_articles_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_items_parent_id_idx\` ON \`_articles_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_items_locale_idx\` ON \`_articles_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_order_idx\` ON \`_articles_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_parent_id_idx\` ON \`_articles_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_path_idx\` ON \`_articles_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_faq_locale_idx\` ON \`_articles_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__articles_v_cmp_v_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__articles_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_columns_order_idx\` ON \`__articles_v_cmp_v_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_columns_parent_id_idx\` ON \`__articles_v_cmp_v_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_columns_locale_idx\` ON \`__articles_v_cmp_v_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__articles_v_cmp_v_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__articles_v_cmp_v_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_rows_values_order_idx\` ON \`__articles_v_cmp_v_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_rows_values_parent_id_idx\` ON \`__articles_v_cmp_v_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_rows_values_locale_idx\` ON \`__articles_v_cmp_v_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__articles_v_cmp_v_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__articles_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_rows_order_idx\` ON \`__articles_v_cmp_v_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_rows_parent_id_idx\` ON \`__articles_v_cmp_v_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_rows_locale_idx\` ON \`__articles_v_cmp_v_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__articles_v_cmp_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_order_idx\` ON \`__articles_v_cmp_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_parent_id_idx\` ON \`__articles_v_cmp_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_path_idx\` ON \`__articles_v_cmp_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_cmp_v_locale_idx\` ON \`__articles_v_cmp_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_video_order_idx\` ON \`_articles_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_video_parent_id_idx\` ON \`_articles_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_video_path_idx\` ON \`_articles_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_video_locale_idx\` ON \`_articles_v_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_video_poster_idx\` ON \`_articles_v_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_code_sample_order_idx\` ON \`_articles_v_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_code_sample_parent_id_idx\` ON \`_articles_v_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_code_sample_path_idx\` ON \`_articles_v_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_blocks_code_sample_locale_idx\` ON \`_articles_v_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`____articles_v_gate_v_f_v_o_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`___articles_v_gate_v_f_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`____articles_v_gate_v_f_v_o_v_order_idx\` ON \`____articles_v_gate_v_f_v_o_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`____articles_v_gate_v_f_v_o_v_parent_id_idx\` ON \`____articles_v_gate_v_f_v_o_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`____articles_v_gate_v_f_v_o_v_locale_idx\` ON \`____articles_v_gate_v_f_v_o_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`___articles_v_gate_v_f_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__articles_v_gate_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`___articles_v_gate_v_f_v_order_idx\` ON \`___articles_v_gate_v_f_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`___articles_v_gate_v_f_v_parent_id_idx\` ON \`___articles_v_gate_v_f_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`___articles_v_gate_v_f_v_locale_idx\` ON \`___articles_v_gate_v_f_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__articles_v_gate_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__articles_v_gate_v_order_idx\` ON \`__articles_v_gate_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_gate_v_parent_id_idx\` ON \`__articles_v_gate_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_gate_v_path_idx\` ON \`__articles_v_gate_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_gate_v_locale_idx\` ON \`__articles_v_gate_v\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`__articles_v_gate_v_asset_idx\` ON \`__articles_v_gate_v\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_link_report_order_idx\` ON \`_articles_v_version_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_link_report_parent_id_idx\` ON \`_articles_v_version_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_log_order_idx\` ON \`_articles_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_log_parent_id_idx\` ON \`_articles_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_log_by_idx\` ON \`_articles_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_cover_image_id\` integer,
  	\`version_topic\` text,
  	\`version_format\` text DEFAULT 'article',
  	\`version_series\` text,
  	\`version_product_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_product_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_topic_idx\` ON \`_articles_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_series_idx\` ON \`_articles_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_product_idx\` ON \`_articles_v\` (\`version_product_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_publish_at_idx\` ON \`_articles_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unpublish_at_idx\` ON \`_articles_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`growth_layers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_industries_id_idx\` ON \`_articles_v_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_growth_layers_id_idx\` ON \`_articles_v_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_hero_order_idx\` ON \`landing_pages_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_hero_parent_id_idx\` ON \`landing_pages_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_hero_path_idx\` ON \`landing_pages_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_hero_locale_idx\` ON \`landing_pages_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_hero_image_idx\` ON \`landing_pages_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_rich_text_order_idx\` ON \`landing_pages_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_rich_text_parent_id_idx\` ON \`landing_pages_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_rich_text_path_idx\` ON \`landing_pages_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_rich_text_locale_idx\` ON \`landing_pages_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_features_order_idx\` ON \`landing_pages_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_features_parent_id_idx\` ON \`landing_pages_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_features_locale_idx\` ON \`landing_pages_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_order_idx\` ON \`landing_pages_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_parent_id_idx\` ON \`landing_pages_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_path_idx\` ON \`landing_pages_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_feature_grid_locale_idx\` ON \`landing_pages_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_items_order_idx\` ON \`landing_pages_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_items_parent_id_idx\` ON \`landing_pages_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_items_locale_idx\` ON \`landing_pages_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_order_idx\` ON \`landing_pages_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_parent_id_idx\` ON \`landing_pages_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_path_idx\` ON \`landing_pages_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_stats_locale_idx\` ON \`landing_pages_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_testimonial_order_idx\` ON \`landing_pages_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_testimonial_parent_id_idx\` ON \`landing_pages_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_testimonial_path_idx\` ON \`landing_pages_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_testimonial_locale_idx\` ON \`landing_pages_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_testimonial_photo_idx\` ON \`landing_pages_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_logos_order_idx\` ON \`landing_pages_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_logos_parent_id_idx\` ON \`landing_pages_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_logos_locale_idx\` ON \`landing_pages_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_logos_media_idx\` ON \`landing_pages_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_order_idx\` ON \`landing_pages_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_parent_id_idx\` ON \`landing_pages_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_path_idx\` ON \`landing_pages_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_logo_wall_locale_idx\` ON \`landing_pages_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_call_to_action_order_idx\` ON \`landing_pages_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_call_to_action_parent_id_idx\` ON \`landing_pages_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_call_to_action_path_idx\` ON \`landing_pages_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_call_to_action_locale_idx\` ON \`landing_pages_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_items_order_idx\` ON \`landing_pages_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_items_parent_id_idx\` ON \`landing_pages_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_items_locale_idx\` ON \`landing_pages_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_order_idx\` ON \`landing_pages_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_parent_id_idx\` ON \`landing_pages_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_path_idx\` ON \`landing_pages_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_faq_locale_idx\` ON \`landing_pages_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_cmp_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_columns_order_idx\` ON \`landing_pages_cmp_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_columns_parent_id_idx\` ON \`landing_pages_cmp_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_columns_locale_idx\` ON \`landing_pages_cmp_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_cmp_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_cmp_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_rows_values_order_idx\` ON \`landing_pages_cmp_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_rows_values_parent_id_idx\` ON \`landing_pages_cmp_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_rows_values_locale_idx\` ON \`landing_pages_cmp_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_cmp_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_cmp\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_rows_order_idx\` ON \`landing_pages_cmp_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_rows_parent_id_idx\` ON \`landing_pages_cmp_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_rows_locale_idx\` ON \`landing_pages_cmp_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_cmp\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_order_idx\` ON \`landing_pages_cmp\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_parent_id_idx\` ON \`landing_pages_cmp\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_path_idx\` ON \`landing_pages_cmp\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_cmp_locale_idx\` ON \`landing_pages_cmp\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_video_order_idx\` ON \`landing_pages_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_video_parent_id_idx\` ON \`landing_pages_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_video_path_idx\` ON \`landing_pages_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_video_locale_idx\` ON \`landing_pages_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_video_poster_idx\` ON \`landing_pages_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_code_sample_order_idx\` ON \`landing_pages_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_code_sample_parent_id_idx\` ON \`landing_pages_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_code_sample_path_idx\` ON \`landing_pages_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_blocks_code_sample_locale_idx\` ON \`landing_pages_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_gate_f_o\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_gate_f\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_f_o_order_idx\` ON \`landing_pages_gate_f_o\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_f_o_parent_id_idx\` ON \`landing_pages_gate_f_o\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_f_o_locale_idx\` ON \`landing_pages_gate_f_o\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_gate_f\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages_gate\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_f_order_idx\` ON \`landing_pages_gate_f\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_f_parent_id_idx\` ON \`landing_pages_gate_f\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_f_locale_idx\` ON \`landing_pages_gate_f\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_gate\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_order_idx\` ON \`landing_pages_gate\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_parent_id_idx\` ON \`landing_pages_gate\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_path_idx\` ON \`landing_pages_gate\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_locale_idx\` ON \`landing_pages_gate\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_gate_asset_idx\` ON \`landing_pages_gate\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_link_report_order_idx\` ON \`landing_pages_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_link_report_parent_id_idx\` ON \`landing_pages_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_workflow_log_order_idx\` ON \`landing_pages_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_workflow_log_parent_id_idx\` ON \`landing_pages_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_workflow_log_by_idx\` ON \`landing_pages_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`campaign_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`landing_pages_slug_idx\` ON \`landing_pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_campaign_idx\` ON \`landing_pages\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_workflow_state_idx\` ON \`landing_pages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_publish_at_idx\` ON \`landing_pages\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_unpublish_at_idx\` ON \`landing_pages\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_updated_at_idx\` ON \`landing_pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_created_at_idx\` ON \`landing_pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages__status_idx\` ON \`landing_pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_locales\` (
  	\`title\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_meta_meta_image_idx\` ON \`landing_pages_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`landing_pages_locales_locale_parent_id_unique\` ON \`landing_pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`landing_pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`growth_layers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`landing_pages_rels_order_idx\` ON \`landing_pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_rels_parent_idx\` ON \`landing_pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_rels_path_idx\` ON \`landing_pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`landing_pages_rels_growth_layers_id_idx\` ON \`landing_pages_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_hero\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`subheading\` text,
  	\`image_id\` integer,
  	\`primary_cta_label\` text,
  	\`primary_cta_url\` text,
  	\`secondary_cta_label\` text,
  	\`secondary_cta_url\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_hero_order_idx\` ON \`_landing_pages_v_blocks_hero\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_hero_parent_id_idx\` ON \`_landing_pages_v_blocks_hero\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_hero_path_idx\` ON \`_landing_pages_v_blocks_hero\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_hero_locale_idx\` ON \`_landing_pages_v_blocks_hero\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_hero_image_idx\` ON \`_landing_pages_v_blocks_hero\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_rich_text_order_idx\` ON \`_landing_pages_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_rich_text_parent_id_idx\` ON \`_landing_pages_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_rich_text_path_idx\` ON \`_landing_pages_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_rich_text_locale_idx\` ON \`_landing_pages_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`icon\` text,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_features_order_idx\` ON \`_landing_pages_v_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_features_parent_id_idx\` ON \`_landing_pages_v_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_features_locale_idx\` ON \`_landing_pages_v_blocks_feature_grid_features\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`columns\` text DEFAULT '3',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_order_idx\` ON \`_landing_pages_v_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_parent_id_idx\` ON \`_landing_pages_v_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_path_idx\` ON \`_landing_pages_v_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_feature_grid_locale_idx\` ON \`_landing_pages_v_blocks_feature_grid\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_stats_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`suffix\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v_blocks_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_items_order_idx\` ON \`_landing_pages_v_blocks_stats_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_items_parent_id_idx\` ON \`_landing_pages_v_blocks_stats_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_items_locale_idx\` ON \`_landing_pages_v_blocks_stats_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_order_idx\` ON \`_landing_pages_v_blocks_stats\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_parent_id_idx\` ON \`_landing_pages_v_blocks_stats\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_path_idx\` ON \`_landing_pages_v_blocks_stats\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_stats_locale_idx\` ON \`_landing_pages_v_blocks_stats\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`author_name\` text,
  	\`role\` text,
  	\`company\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_testimonial_order_idx\` ON \`_landing_pages_v_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_testimonial_parent_id_idx\` ON \`_landing_pages_v_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_testimonial_path_idx\` ON \`_landing_pages_v_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_testimonial_locale_idx\` ON \`_landing_pages_v_blocks_testimonial\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_testimonial_photo_idx\` ON \`_landing_pages_v_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_logo_wall_logos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`name\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v_blocks_logo_wall\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_logos_order_idx\` ON \`_landing_pages_v_blocks_logo_wall_logos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_logos_parent_id_idx\` ON \`_landing_pages_v_blocks_logo_wall_logos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_logos_locale_idx\` ON \`_landing_pages_v_blocks_logo_wall_logos\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_logos_media_idx\` ON \`_landing_pages_v_blocks_logo_wall_logos\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_logo_wall\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_order_idx\` ON \`_landing_pages_v_blocks_logo_wall\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_parent_id_idx\` ON \`_landing_pages_v_blocks_logo_wall\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_path_idx\` ON \`_landing_pages_v_blocks_logo_wall\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_logo_wall_locale_idx\` ON \`_landing_pages_v_blocks_logo_wall\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`button_label\` text,
  	\`button_url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_call_to_action_order_idx\` ON \`_landing_pages_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_call_to_action_parent_id_idx\` ON \`_landing_pages_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_call_to_action_path_idx\` ON \`_landing_pages_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_call_to_action_locale_idx\` ON \`_landing_pages_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_items_order_idx\` ON \`_landing_pages_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_items_parent_id_idx\` ON \`_landing_pages_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_items_locale_idx\` ON \`_landing_pages_v_blocks_faq_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_order_idx\` ON \`_landing_pages_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_parent_id_idx\` ON \`_landing_pages_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_path_idx\` ON \`_landing_pages_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_faq_locale_idx\` ON \`_landing_pages_v_blocks_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__landing_pages_v_cmp_v_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__landing_pages_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_columns_order_idx\` ON \`__landing_pages_v_cmp_v_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_columns_parent_id_idx\` ON \`__landing_pages_v_cmp_v_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_columns_locale_idx\` ON \`__landing_pages_v_cmp_v_columns\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__landing_pages_v_cmp_v_rows_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__landing_pages_v_cmp_v_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_rows_values_order_idx\` ON \`__landing_pages_v_cmp_v_rows_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_rows_values_parent_id_idx\` ON \`__landing_pages_v_cmp_v_rows_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_rows_values_locale_idx\` ON \`__landing_pages_v_cmp_v_rows_values\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__landing_pages_v_cmp_v_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feature\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__landing_pages_v_cmp_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_rows_order_idx\` ON \`__landing_pages_v_cmp_v_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_rows_parent_id_idx\` ON \`__landing_pages_v_cmp_v_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_rows_locale_idx\` ON \`__landing_pages_v_cmp_v_rows\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__landing_pages_v_cmp_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_order_idx\` ON \`__landing_pages_v_cmp_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_parent_id_idx\` ON \`__landing_pages_v_cmp_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_path_idx\` ON \`__landing_pages_v_cmp_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_cmp_v_locale_idx\` ON \`__landing_pages_v_cmp_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_video\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`poster_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_video_order_idx\` ON \`_landing_pages_v_blocks_video\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_video_parent_id_idx\` ON \`_landing_pages_v_blocks_video\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_video_path_idx\` ON \`_landing_pages_v_blocks_video\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_video_locale_idx\` ON \`_landing_pages_v_blocks_video\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_video_poster_idx\` ON \`_landing_pages_v_blocks_video\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_blocks_code_sample\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'plaintext',
  	\`code\` text,
  	\`caption\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_code_sample_order_idx\` ON \`_landing_pages_v_blocks_code_sample\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_code_sample_parent_id_idx\` ON \`_landing_pages_v_blocks_code_sample\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_code_sample_path_idx\` ON \`_landing_pages_v_blocks_code_sample\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_blocks_code_sample_locale_idx\` ON \`_landing_pages_v_blocks_code_sample\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`____landing_pages_v_gate_v_f_v_o_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`___landing_pages_v_gate_v_f_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`____landing_pages_v_gate_v_f_v_o_v_order_idx\` ON \`____landing_pages_v_gate_v_f_v_o_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`____landing_pages_v_gate_v_f_v_o_v_parent_id_idx\` ON \`____landing_pages_v_gate_v_f_v_o_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`____landing_pages_v_gate_v_f_v_o_v_locale_idx\` ON \`____landing_pages_v_gate_v_f_v_o_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`___landing_pages_v_gate_v_f_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`type\` text DEFAULT 'text',
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`__landing_pages_v_gate_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`___landing_pages_v_gate_v_f_v_order_idx\` ON \`___landing_pages_v_gate_v_f_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`___landing_pages_v_gate_v_f_v_parent_id_idx\` ON \`___landing_pages_v_gate_v_f_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`___landing_pages_v_gate_v_f_v_locale_idx\` ON \`___landing_pages_v_gate_v_f_v\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`__landing_pages_v_gate_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`asset_id\` integer,
  	\`submit_label\` text DEFAULT 'Download',
  	\`consent_text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`asset_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_gate_v_order_idx\` ON \`__landing_pages_v_gate_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_gate_v_parent_id_idx\` ON \`__landing_pages_v_gate_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_gate_v_path_idx\` ON \`__landing_pages_v_gate_v\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_gate_v_locale_idx\` ON \`__landing_pages_v_gate_v\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`__landing_pages_v_gate_v_asset_idx\` ON \`__landing_pages_v_gate_v\` (\`asset_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_version_link_report\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`status\` numeric,
  	\`error\` text,
  	\`last_checked_at\` text,
  	\`failures\` numeric DEFAULT 0,
  	\`broken\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_link_report_order_idx\` ON \`_landing_pages_v_version_link_report\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_link_report_parent_id_idx\` ON \`_landing_pages_v_version_link_report\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`actor\` text,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_workflow_log_order_idx\` ON \`_landing_pages_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_workflow_log_parent_id_idx\` ON \`_landing_pages_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_workflow_log_by_idx\` ON \`_landing_pages_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_campaign_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_parent_idx\` ON \`_landing_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_slug_idx\` ON \`_landing_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_campaign_idx\` ON \`_landing_pages_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_workflow_state_idx\` ON \`_landing_pages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_publish_at_idx\` ON \`_landing_pages_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_unpublish_at_idx\` ON \`_landing_pages_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_updated_at_idx\` ON \`_landing_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version_created_at_idx\` ON \`_landing_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_version__status_idx\` ON \`_landing_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_created_at_idx\` ON \`_landing_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_updated_at_idx\` ON \`_landing_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_snapshot_idx\` ON \`_landing_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_published_locale_idx\` ON \`_landing_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_latest_idx\` ON \`_landing_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_version_meta_version_meta_image_idx\` ON \`_landing_pages_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_landing_pages_v_locales_locale_parent_id_unique\` ON \`_landing_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_landing_pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`growth_layers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_landing_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_rels_order_idx\` ON \`_landing_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_rels_parent_idx\` ON \`_landing_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_rels_path_idx\` ON \`_landing_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_landing_pages_v_rels_growth_layers_id_idx\` ON \`_landing_pages_v_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`goal\` text NOT NULL,
  	\`lifecycle_stage\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text,
  	\`budget\` numeric,
  	\`currency\` text DEFAULT 'USD',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_key_idx\` ON \`campaigns\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`industries_id\` integer,
  	\`growth_layers_id\` integer,
  	\`white_papers_id\` integer,
  	\`guides_id\` integer,
  	\`product_copy_id\` integer,
  	\`articles_id\` integer,
  	\`landing_pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`industries_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`growth_layers_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_copy_id\`) REFERENCES \`product_copy\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`landing_pages_id\`) REFERENCES \`landing_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_industries_id_idx\` ON \`campaigns_rels\` (\`industries_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_growth_layers_id_idx\` ON \`campaigns_rels\` (\`growth_layers_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_white_papers_id_idx\` ON \`campaigns_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_guides_id_idx\` ON \`campaigns_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_product_copy_id_idx\` ON \`campaigns_rels\` (\`product_copy_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_articles_id_idx\` ON \`campaigns_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_landing_pages_id_idx\` ON \`campaigns_rels\` (\`landing_pages_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_card_webp_url\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_hero_webp_url\` text,
  	\`sizes_hero_webp_width\` numeric,
  	\`sizes_hero_webp_height\` numeric,
  	\`sizes_hero_webp_mime_type\` text,
  	\`sizes_hero_webp_filesize\` numeric,
  	\`sizes_hero_webp_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	\`sizes_og_webp_url\` text,
  	\`sizes_og_webp_width\` numeric,
  	\`sizes_og_webp_height\` numeric,
  	\`sizes_og_webp_mime_type\` text,
  	\`sizes_og_webp_filesize\` numeric,
  	\`sizes_og_webp_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx\` ON \`media\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`media\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_webp_sizes_hero_webp_filename_idx\` ON \`media\` (\`sizes_hero_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_webp_sizes_og_webp_filename_idx\` ON \`media\` (\`sizes_og_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`industries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_slug_idx\` ON \`industries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`industries_updated_at_idx\` ON \`industries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`industries_created_at_idx\` ON \`industries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`industries_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`industries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`industries_locales_locale_parent_id_unique\` ON \`industries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`products\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`current_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_slug_idx\` ON \`products\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`products_updated_at_idx\` ON \`products\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`products_created_at_idx\` ON \`products\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`products_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_locales_locale_parent_id_unique\` ON \`products_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`growth_layers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`rank\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`growth_layers_slug_idx\` ON \`growth_layers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`growth_layers_updated_at_idx\` ON \`growth_layers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`growth_layers_created_at_idx\` ON \`growth_layers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`growth_layers_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`growth_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`growth_layers_locales_locale_parent_id_unique\` ON \`growth_layers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`white_papers_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`white_papers_cmp_columns\`;`)
  await db.run(sql`DROP TABLE \`white_papers_cmp_rows_values\`;`)
  await db.run(sql`DROP TABLE \`white_papers_cmp_rows\`;`)
  await db.run(sql`DROP TABLE \`white_papers_cmp\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`white_papers_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`white_papers_gate_f_o\`;`)
  await db.run(sql`DROP TABLE \`white_papers_gate_f\`;`)
  await db.run(sql`DROP TABLE \`white_papers_gate\`;`)
  await db.run(sql`DROP TABLE \`white_papers_link_report\`;`)
  await db.run(sql`DROP TABLE \`white_papers_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`white_papers\`;`)
  await db.run(sql`DROP TABLE \`white_papers_locales\`;`)
  await db.run(sql`DROP TABLE \`white_papers_texts\`;`)
  await db.run(sql`DROP TABLE \`white_papers_rels\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`__white_papers_v_cmp_v_columns\`;`)
  await db.run(sql`DROP TABLE \`__white_papers_v_cmp_v_rows_values\`;`)
  await db.run(sql`DROP TABLE \`__white_papers_v_cmp_v_rows\`;`)
  await db.run(sql`DROP TABLE \`__white_papers_v_cmp_v\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`____white_papers_v_gate_v_f_v_o_v\`;`)
  await db.run(sql`DROP TABLE \`___white_papers_v_gate_v_f_v\`;`)
  await db.run(sql`DROP TABLE \`__white_papers_v_gate_v\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_version_link_report\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_white_papers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`guides_steps\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`guides_cmp_columns\`;`)
  await db.run(sql`DROP TABLE \`guides_cmp_rows_values\`;`)
  await db.run(sql`DROP TABLE \`guides_cmp_rows\`;`)
  await db.run(sql`DROP TABLE \`guides_cmp\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`guides_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`guides_gate_f_o\`;`)
  await db.run(sql`DROP TABLE \`guides_gate_f\`;`)
  await db.run(sql`DROP TABLE \`guides_gate\`;`)
  await db.run(sql`DROP TABLE \`guides_link_report\`;`)
  await db.run(sql`DROP TABLE \`guides_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`guides_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides_locales\`;`)
  await db.run(sql`DROP TABLE \`guides_texts\`;`)
  await db.run(sql`DROP TABLE \`guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`__guides_v_cmp_v_columns\`;`)
  await db.run(sql`DROP TABLE \`__guides_v_cmp_v_rows_values\`;`)
  await db.run(sql`DROP TABLE \`__guides_v_cmp_v_rows\`;`)
  await db.run(sql`DROP TABLE \`__guides_v_cmp_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`____guides_v_gate_v_f_v_o_v\`;`)
  await db.run(sql`DROP TABLE \`___guides_v_gate_v_f_v\`;`)
  await db.run(sql`DROP TABLE \`__guides_v_gate_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_link_report\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`product_copy_cmp_columns\`;`)
  await db.run(sql`DROP TABLE \`product_copy_cmp_rows_values\`;`)
  await db.run(sql`DROP TABLE \`product_copy_cmp_rows\`;`)
  await db.run(sql`DROP TABLE \`product_copy_cmp\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`product_copy_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`product_copy_gate_f_o\`;`)
  await db.run(sql`DROP TABLE \`product_copy_gate_f\`;`)
  await db.run(sql`DROP TABLE \`product_copy_gate\`;`)
  await db.run(sql`DROP TABLE \`product_copy_link_report\`;`)
  await db.run(sql`DROP TABLE \`product_copy_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`product_copy\`;`)
  await db.run(sql`DROP TABLE \`product_copy_locales\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`__product_copy_v_cmp_v_columns\`;`)
  await db.run(sql`DROP TABLE \`__product_copy_v_cmp_v_rows_values\`;`)
  await db.run(sql`DROP TABLE \`__product_copy_v_cmp_v_rows\`;`)
  await db.run(sql`DROP TABLE \`__product_copy_v_cmp_v\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`____product_copy_v_gate_v_f_v_o_v\`;`)
  await db.run(sql`DROP TABLE \`___product_copy_v_gate_v_f_v\`;`)
  await db.run(sql`DROP TABLE \`__product_copy_v_gate_v\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_version_link_report\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v\`;`)
  await db.run(sql`DROP TABLE \`_product_copy_v_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`articles_cmp_columns\`;`)
  await db.run(sql`DROP TABLE \`articles_cmp_rows_values\`;`)
  await db.run(sql`DROP TABLE \`articles_cmp_rows\`;`)
  await db.run(sql`DROP TABLE \`articles_cmp\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`articles_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`articles_gate_f_o\`;`)
  await db.run(sql`DROP TABLE \`articles_gate_f\`;`)
  await db.run(sql`DROP TABLE \`articles_gate\`;`)
  await db.run(sql`DROP TABLE \`articles_link_report\`;`)
  await db.run(sql`DROP TABLE \`articles_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`__articles_v_cmp_v_columns\`;`)
  await db.run(sql`DROP TABLE \`__articles_v_cmp_v_rows_values\`;`)
  await db.run(sql`DROP TABLE \`__articles_v_cmp_v_rows\`;`)
  await db.run(sql`DROP TABLE \`__articles_v_cmp_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`____articles_v_gate_v_f_v_o_v\`;`)
  await db.run(sql`DROP TABLE \`___articles_v_gate_v_f_v\`;`)
  await db.run(sql`DROP TABLE \`__articles_v_gate_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_link_report\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_cmp_columns\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_cmp_rows_values\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_cmp_rows\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_cmp\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_gate_f_o\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_gate_f\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_gate\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_link_report\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`landing_pages\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_locales\`;`)
  await db.run(sql`DROP TABLE \`landing_pages_rels\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_hero\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_stats_items\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_stats\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_logo_wall_logos\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_logo_wall\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`__landing_pages_v_cmp_v_columns\`;`)
  await db.run(sql`DROP TABLE \`__landing_pages_v_cmp_v_rows_values\`;`)
  await db.run(sql`DROP TABLE \`__landing_pages_v_cmp_v_rows\`;`)
  await db.run(sql`DROP TABLE \`__landing_pages_v_cmp_v\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_video\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_blocks_code_sample\`;`)
  await db.run(sql`DROP TABLE \`____landing_pages_v_gate_v_f_v_o_v\`;`)
  await db.run(sql`DROP TABLE \`___landing_pages_v_gate_v_f_v\`;`)
  await db.run(sql`DROP TABLE \`__landing_pages_v_gate_v\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_version_link_report\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_landing_pages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`industries\`;`)
  await db.run(sql`DROP TABLE \`industries_locales\`;`)
  await db.run(sql`DROP TABLE \`products\`;`)
  await db.run(sql`DROP TABLE \`products_locales\`;`)
  await db.run(sql`DROP TABLE \`growth_layers\`;`)
  await db.run(sql`DROP TABLE \`growth_layers_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
