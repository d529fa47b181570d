import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_white_papers_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_white_papers_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum_white_papers_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum_white_papers_gate_f_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum_white_papers_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_white_papers_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_white_papers_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_white_papers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__white_papers_v_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__white_papers_v_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum__white_papers_v_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum____white_papers_v_gate_v_f_v_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum__white_papers_v_version_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__white_papers_v_version_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__white_papers_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__white_papers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__white_papers_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_guides_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum_guides_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum_guides_gate_f_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum_guides_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_guides_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_guides_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum__guides_v_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum____guides_v_gate_v_f_v_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum__guides_v_version_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__guides_v_version_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__guides_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_product_copy_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_product_copy_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum_product_copy_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum_product_copy_gate_f_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum_product_copy_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_product_copy_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_product_copy_page" AS ENUM('introduction', 'home', 'features', 'pricing', 'solutions', 'about');
  CREATE TYPE "public"."enum_product_copy_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_product_copy_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__product_copy_v_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__product_copy_v_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum__product_copy_v_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum____product_copy_v_gate_v_f_v_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum__product_copy_v_version_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__product_copy_v_version_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__product_copy_v_version_page" AS ENUM('introduction', 'home', 'features', 'pricing', 'solutions', 'about');
  CREATE TYPE "public"."enum__product_copy_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__product_copy_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__product_copy_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_articles_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_articles_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum_articles_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum_articles_gate_f_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum_articles_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_format" AS ENUM('article', 'short-video', 'long-video', 'qa', 'open-class', 'case-study');
  CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__articles_v_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum__articles_v_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum____articles_v_gate_v_f_v_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum__articles_v_version_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_format" AS ENUM('article', 'short-video', 'long-video', 'qa', 'open-class', 'case-study');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_landing_pages_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_landing_pages_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum_landing_pages_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum_landing_pages_gate_f_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum_landing_pages_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_landing_pages_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_landing_pages_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_landing_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__landing_pages_v_blocks_feature_grid_columns" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__landing_pages_v_blocks_call_to_action_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum__landing_pages_v_blocks_code_sample_language" AS ENUM('plaintext', 'bash', 'csharp', 'css', 'go', 'graphql', 'html', 'java', 'javascript', 'json', 'php', 'python', 'ruby', 'sql', 'typescript', 'yaml');
  CREATE TYPE "public"."enum____landing_pages_v_gate_v_f_v_type" AS ENUM('text', 'email', 'tel', 'select');
  CREATE TYPE "public"."enum__landing_pages_v_version_workflow_log_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__landing_pages_v_version_workflow_log_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__landing_pages_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__landing_pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__landing_pages_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_campaigns_goal" AS ENUM('acquire', 'activate', 'retain', 'convert', 'recall');
  CREATE TYPE "public"."enum_campaigns_lifecycle_stage" AS ENUM('introduction', 'growth', 'maturity', 'dormancy', 'decline');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'marketer', 'developer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled', 'checkLinks');
  CREATE TABLE "white_papers_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "white_papers_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum_white_papers_blocks_feature_grid_columns" DEFAULT '3',
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "white_papers_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "white_papers_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum_white_papers_blocks_call_to_action_style" DEFAULT 'primary',
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "white_papers_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_cmp_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "white_papers_cmp_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "white_papers_cmp_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"feature" varchar
  );
  
  CREATE TABLE "white_papers_cmp" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_white_papers_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_gate_f_o" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "white_papers_gate_f" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum_white_papers_gate_f_type" DEFAULT 'text',
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "white_papers_gate" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "white_papers_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false
  );
  
  CREATE TABLE "white_papers_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum_white_papers_workflow_log_from",
  	"to" "enum_white_papers_workflow_log_to",
  	"comment" varchar
  );
  
  CREATE TABLE "white_papers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"cover_image_id" integer,
  	"file_id" integer,
  	"gated" boolean DEFAULT false,
  	"product_id" integer,
  	"workflow_state" "enum_white_papers_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_white_papers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "white_papers_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "white_papers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "white_papers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_white_papers_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum__white_papers_v_blocks_feature_grid_columns" DEFAULT '3',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum__white_papers_v_blocks_call_to_action_style" DEFAULT 'primary',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "__white_papers_v_cmp_v_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__white_papers_v_cmp_v_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__white_papers_v_cmp_v_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"feature" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__white_papers_v_cmp_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__white_papers_v_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "____white_papers_v_gate_v_f_v_o_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "___white_papers_v_gate_v_f_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum____white_papers_v_gate_v_f_v_type" DEFAULT 'text',
  	"required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__white_papers_v_gate_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_white_papers_v_version_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_white_papers_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum__white_papers_v_version_workflow_log_from",
  	"to" "enum__white_papers_v_version_workflow_log_to",
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_white_papers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_cover_image_id" integer,
  	"version_file_id" integer,
  	"version_gated" boolean DEFAULT false,
  	"version_product_id" integer,
  	"version_workflow_state" "enum__white_papers_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__white_papers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__white_papers_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_white_papers_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_white_papers_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_white_papers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "guides_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" jsonb,
  	"image_id" integer
  );
  
  CREATE TABLE "guides_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "guides_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum_guides_blocks_feature_grid_columns" DEFAULT '3',
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "guides_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "guides_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum_guides_blocks_call_to_action_style" DEFAULT 'primary',
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "guides_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_cmp_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "guides_cmp_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "guides_cmp_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"feature" varchar
  );
  
  CREATE TABLE "guides_cmp" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_guides_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_gate_f_o" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "guides_gate_f" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum_guides_gate_f_type" DEFAULT 'text',
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "guides_gate" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false
  );
  
  CREATE TABLE "guides_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum_guides_workflow_log_from",
  	"to" "enum_guides_workflow_log_to",
  	"comment" varchar
  );
  
  CREATE TABLE "guides_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"product_id" integer,
  	"product_version" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"workflow_state" "enum_guides_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_guides_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" jsonb,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum__guides_v_blocks_feature_grid_columns" DEFAULT '3',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum__guides_v_blocks_call_to_action_style" DEFAULT 'primary',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "__guides_v_cmp_v_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__guides_v_cmp_v_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__guides_v_cmp_v_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"feature" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__guides_v_cmp_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__guides_v_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "____guides_v_gate_v_f_v_o_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "___guides_v_gate_v_f_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum____guides_v_gate_v_f_v_type" DEFAULT 'text',
  	"required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__guides_v_gate_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_version_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum__guides_v_version_workflow_log_from",
  	"to" "enum__guides_v_version_workflow_log_to",
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_product_id" integer,
  	"version_product_version" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_workflow_state" "enum__guides_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__guides_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "product_copy_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "product_copy_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum_product_copy_blocks_feature_grid_columns" DEFAULT '3',
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "product_copy_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "product_copy_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum_product_copy_blocks_call_to_action_style" DEFAULT 'primary',
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "product_copy_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_cmp_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "product_copy_cmp_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "product_copy_cmp_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"feature" varchar
  );
  
  CREATE TABLE "product_copy_cmp" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_product_copy_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_gate_f_o" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "product_copy_gate_f" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum_product_copy_gate_f_type" DEFAULT 'text',
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "product_copy_gate" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "product_copy_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false
  );
  
  CREATE TABLE "product_copy_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum_product_copy_workflow_log_from",
  	"to" "enum_product_copy_workflow_log_to",
  	"comment" varchar
  );
  
  CREATE TABLE "product_copy" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"product_id" integer,
  	"page" "enum_product_copy_page" DEFAULT 'introduction',
  	"workflow_state" "enum_product_copy_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_product_copy_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "product_copy_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_product_copy_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum__product_copy_v_blocks_feature_grid_columns" DEFAULT '3',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum__product_copy_v_blocks_call_to_action_style" DEFAULT 'primary',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "__product_copy_v_cmp_v_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__product_copy_v_cmp_v_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__product_copy_v_cmp_v_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"feature" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__product_copy_v_cmp_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__product_copy_v_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "____product_copy_v_gate_v_f_v_o_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "___product_copy_v_gate_v_f_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum____product_copy_v_gate_v_f_v_type" DEFAULT 'text',
  	"required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__product_copy_v_gate_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_product_copy_v_version_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_product_copy_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum__product_copy_v_version_workflow_log_from",
  	"to" "enum__product_copy_v_version_workflow_log_to",
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_product_copy_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_product_id" integer,
  	"version_page" "enum__product_copy_v_version_page" DEFAULT 'introduction',
  	"version_workflow_state" "enum__product_copy_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__product_copy_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__product_copy_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_product_copy_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "articles_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum_articles_blocks_feature_grid_columns" DEFAULT '3',
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "articles_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "articles_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum_articles_blocks_call_to_action_style" DEFAULT 'primary',
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "articles_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_cmp_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "articles_cmp_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "articles_cmp_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"feature" varchar
  );
  
  CREATE TABLE "articles_cmp" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_articles_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_gate_f_o" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "articles_gate_f" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum_articles_gate_f_type" DEFAULT 'text',
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "articles_gate" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "articles_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false
  );
  
  CREATE TABLE "articles_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum_articles_workflow_log_from",
  	"to" "enum_articles_workflow_log_to",
  	"comment" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"cover_image_id" integer,
  	"topic" varchar,
  	"format" "enum_articles_format" DEFAULT 'article',
  	"series" varchar,
  	"product_id" integer,
  	"workflow_state" "enum_articles_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_articles_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum__articles_v_blocks_feature_grid_columns" DEFAULT '3',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum__articles_v_blocks_call_to_action_style" DEFAULT 'primary',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "__articles_v_cmp_v_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__articles_v_cmp_v_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__articles_v_cmp_v_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"feature" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__articles_v_cmp_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__articles_v_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "____articles_v_gate_v_f_v_o_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "___articles_v_gate_v_f_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum____articles_v_gate_v_f_v_type" DEFAULT 'text',
  	"required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__articles_v_gate_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_articles_v_version_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum__articles_v_version_workflow_log_from",
  	"to" "enum__articles_v_version_workflow_log_to",
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_cover_image_id" integer,
  	"version_topic" varchar,
  	"version_format" "enum__articles_v_version_format" DEFAULT 'article',
  	"version_series" varchar,
  	"version_product_id" integer,
  	"version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "landing_pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum_landing_pages_blocks_feature_grid_columns" DEFAULT '3',
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum_landing_pages_blocks_call_to_action_style" DEFAULT 'primary',
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_cmp_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "landing_pages_cmp_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "landing_pages_cmp_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"feature" varchar
  );
  
  CREATE TABLE "landing_pages_cmp" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_landing_pages_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_gate_f_o" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "landing_pages_gate_f" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum_landing_pages_gate_f_type" DEFAULT 'text',
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "landing_pages_gate" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false
  );
  
  CREATE TABLE "landing_pages_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum_landing_pages_workflow_log_from",
  	"to" "enum_landing_pages_workflow_log_to",
  	"comment" varchar
  );
  
  CREATE TABLE "landing_pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"campaign_id" integer,
  	"workflow_state" "enum_landing_pages_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_landing_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "landing_pages_locales" (
  	"title" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "landing_pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"growth_layers_id" integer
  );
  
  CREATE TABLE "_landing_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"subheading" varchar,
  	"image_id" integer,
  	"primary_cta_label" varchar,
  	"primary_cta_url" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_feature_grid_features" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_feature_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"columns" "enum__landing_pages_v_blocks_feature_grid_columns" DEFAULT '3',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_stats_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"suffix" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_stats" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author_name" varchar,
  	"role" varchar,
  	"company" varchar,
  	"photo_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_logo_wall_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"media_id" integer,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_logo_wall" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"button_label" varchar,
  	"button_url" varchar,
  	"style" "enum__landing_pages_v_blocks_call_to_action_style" DEFAULT 'primary',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "__landing_pages_v_cmp_v_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__landing_pages_v_cmp_v_rows_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__landing_pages_v_cmp_v_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"feature" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__landing_pages_v_cmp_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"poster_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_code_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__landing_pages_v_blocks_code_sample_language" DEFAULT 'plaintext',
  	"code" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "____landing_pages_v_gate_v_f_v_o_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "___landing_pages_v_gate_v_f_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"type" "enum____landing_pages_v_gate_v_f_v_type" DEFAULT 'text',
  	"required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__landing_pages_v_gate_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"asset_id" integer,
  	"submit_label" varchar DEFAULT 'Download',
  	"consent_text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_version_link_report" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"status" numeric,
  	"error" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"failures" numeric DEFAULT 0,
  	"broken" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"actor" varchar,
  	"action" varchar,
  	"from" "enum__landing_pages_v_version_workflow_log_from",
  	"to" "enum__landing_pages_v_version_workflow_log_to",
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_campaign_id" integer,
  	"version_workflow_state" "enum__landing_pages_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__landing_pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__landing_pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_landing_pages_v_locales" (
  	"version_title" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_landing_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"growth_layers_id" integer
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"goal" "enum_campaigns_goal" NOT NULL,
  	"lifecycle_stage" "enum_campaigns_lifecycle_stage" NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"budget" numeric,
  	"currency" varchar DEFAULT 'USD',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"growth_layers_id" integer,
  	"white_papers_id" integer,
  	"guides_id" integer,
  	"product_copy_id" integer,
  	"articles_id" integer,
  	"landing_pages_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_thumbnail_webp_url" varchar,
  	"sizes_thumbnail_webp_width" numeric,
  	"sizes_thumbnail_webp_height" numeric,
  	"sizes_thumbnail_webp_mime_type" varchar,
  	"sizes_thumbnail_webp_filesize" numeric,
  	"sizes_thumbnail_webp_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_card_webp_url" varchar,
  	"sizes_card_webp_width" numeric,
  	"sizes_card_webp_height" numeric,
  	"sizes_card_webp_mime_type" varchar,
  	"sizes_card_webp_filesize" numeric,
  	"sizes_card_webp_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_hero_webp_url" varchar,
  	"sizes_hero_webp_width" numeric,
  	"sizes_hero_webp_height" numeric,
  	"sizes_hero_webp_mime_type" varchar,
  	"sizes_hero_webp_filesize" numeric,
  	"sizes_hero_webp_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar,
  	"sizes_og_webp_url" varchar,
  	"sizes_og_webp_width" numeric,
  	"sizes_og_webp_height" numeric,
  	"sizes_og_webp_mime_type" varchar,
  	"sizes_og_webp_filesize" numeric,
  	"sizes_og_webp_filename" varchar
  );
  
  CREATE TABLE "industries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "industries_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "products" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"current_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "products_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "growth_layers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"rank" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "growth_layers_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"white_papers_id" integer,
  	"guides_id" integer,
  	"product_copy_id" integer,
  	"articles_id" integer,
  	"landing_pages_id" integer,
  	"campaigns_id" integer,
  	"media_id" integer,
  	"industries_id" integer,
  	"products_id" integer,
  	"growth_layers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "white_papers_blocks_hero" ADD CONSTRAINT "white_papers_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_hero" ADD CONSTRAINT "white_papers_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_rich_text" ADD CONSTRAINT "white_papers_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_feature_grid_features" ADD CONSTRAINT "white_papers_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_feature_grid" ADD CONSTRAINT "white_papers_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_stats_items" ADD CONSTRAINT "white_papers_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_stats" ADD CONSTRAINT "white_papers_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_testimonial" ADD CONSTRAINT "white_papers_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_testimonial" ADD CONSTRAINT "white_papers_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_logo_wall_logos" ADD CONSTRAINT "white_papers_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_logo_wall_logos" ADD CONSTRAINT "white_papers_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_logo_wall" ADD CONSTRAINT "white_papers_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_call_to_action" ADD CONSTRAINT "white_papers_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_faq_items" ADD CONSTRAINT "white_papers_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_faq" ADD CONSTRAINT "white_papers_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_cmp_columns" ADD CONSTRAINT "white_papers_cmp_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_cmp_rows_values" ADD CONSTRAINT "white_papers_cmp_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_cmp_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_cmp_rows" ADD CONSTRAINT "white_papers_cmp_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_cmp" ADD CONSTRAINT "white_papers_cmp_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_video" ADD CONSTRAINT "white_papers_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_video" ADD CONSTRAINT "white_papers_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_blocks_code_sample" ADD CONSTRAINT "white_papers_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_gate_f_o" ADD CONSTRAINT "white_papers_gate_f_o_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_gate_f"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_gate_f" ADD CONSTRAINT "white_papers_gate_f_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers_gate"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_gate" ADD CONSTRAINT "white_papers_gate_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_gate" ADD CONSTRAINT "white_papers_gate_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_link_report" ADD CONSTRAINT "white_papers_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_workflow_log" ADD CONSTRAINT "white_papers_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_workflow_log" ADD CONSTRAINT "white_papers_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers" ADD CONSTRAINT "white_papers_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers" ADD CONSTRAINT "white_papers_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers" ADD CONSTRAINT "white_papers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_locales" ADD CONSTRAINT "white_papers_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "white_papers_locales" ADD CONSTRAINT "white_papers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_texts" ADD CONSTRAINT "white_papers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_rels" ADD CONSTRAINT "white_papers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_rels" ADD CONSTRAINT "white_papers_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_rels" ADD CONSTRAINT "white_papers_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "white_papers_rels" ADD CONSTRAINT "white_papers_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_hero" ADD CONSTRAINT "_white_papers_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_hero" ADD CONSTRAINT "_white_papers_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_rich_text" ADD CONSTRAINT "_white_papers_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_feature_grid_features" ADD CONSTRAINT "_white_papers_v_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_feature_grid" ADD CONSTRAINT "_white_papers_v_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_stats_items" ADD CONSTRAINT "_white_papers_v_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_stats" ADD CONSTRAINT "_white_papers_v_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_testimonial" ADD CONSTRAINT "_white_papers_v_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_testimonial" ADD CONSTRAINT "_white_papers_v_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_logo_wall_logos" ADD CONSTRAINT "_white_papers_v_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_logo_wall_logos" ADD CONSTRAINT "_white_papers_v_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_logo_wall" ADD CONSTRAINT "_white_papers_v_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_call_to_action" ADD CONSTRAINT "_white_papers_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_faq_items" ADD CONSTRAINT "_white_papers_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_faq" ADD CONSTRAINT "_white_papers_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__white_papers_v_cmp_v_columns" ADD CONSTRAINT "__white_papers_v_cmp_v_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__white_papers_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__white_papers_v_cmp_v_rows_values" ADD CONSTRAINT "__white_papers_v_cmp_v_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__white_papers_v_cmp_v_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__white_papers_v_cmp_v_rows" ADD CONSTRAINT "__white_papers_v_cmp_v_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__white_papers_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__white_papers_v_cmp_v" ADD CONSTRAINT "__white_papers_v_cmp_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_video" ADD CONSTRAINT "_white_papers_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_video" ADD CONSTRAINT "_white_papers_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_blocks_code_sample" ADD CONSTRAINT "_white_papers_v_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "____white_papers_v_gate_v_f_v_o_v" ADD CONSTRAINT "____white_papers_v_gate_v_f_v_o_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."___white_papers_v_gate_v_f_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "___white_papers_v_gate_v_f_v" ADD CONSTRAINT "___white_papers_v_gate_v_f_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__white_papers_v_gate_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__white_papers_v_gate_v" ADD CONSTRAINT "__white_papers_v_gate_v_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__white_papers_v_gate_v" ADD CONSTRAINT "__white_papers_v_gate_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_version_link_report" ADD CONSTRAINT "_white_papers_v_version_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_version_workflow_log" ADD CONSTRAINT "_white_papers_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_version_workflow_log" ADD CONSTRAINT "_white_papers_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v" ADD CONSTRAINT "_white_papers_v_parent_id_white_papers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."white_papers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v" ADD CONSTRAINT "_white_papers_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v" ADD CONSTRAINT "_white_papers_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v" ADD CONSTRAINT "_white_papers_v_version_product_id_products_id_fk" FOREIGN KEY ("version_product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_locales" ADD CONSTRAINT "_white_papers_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_white_papers_v_locales" ADD CONSTRAINT "_white_papers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_texts" ADD CONSTRAINT "_white_papers_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_rels" ADD CONSTRAINT "_white_papers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_white_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_rels" ADD CONSTRAINT "_white_papers_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_rels" ADD CONSTRAINT "_white_papers_v_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_white_papers_v_rels" ADD CONSTRAINT "_white_papers_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_steps" ADD CONSTRAINT "guides_steps_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_steps" ADD CONSTRAINT "guides_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_hero" ADD CONSTRAINT "guides_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_blocks_hero" ADD CONSTRAINT "guides_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_rich_text" ADD CONSTRAINT "guides_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_feature_grid_features" ADD CONSTRAINT "guides_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_feature_grid" ADD CONSTRAINT "guides_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_stats_items" ADD CONSTRAINT "guides_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_stats" ADD CONSTRAINT "guides_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_testimonial" ADD CONSTRAINT "guides_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_blocks_testimonial" ADD CONSTRAINT "guides_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_logo_wall_logos" ADD CONSTRAINT "guides_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_blocks_logo_wall_logos" ADD CONSTRAINT "guides_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_logo_wall" ADD CONSTRAINT "guides_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_call_to_action" ADD CONSTRAINT "guides_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_faq_items" ADD CONSTRAINT "guides_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_faq" ADD CONSTRAINT "guides_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_cmp_columns" ADD CONSTRAINT "guides_cmp_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_cmp_rows_values" ADD CONSTRAINT "guides_cmp_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_cmp_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_cmp_rows" ADD CONSTRAINT "guides_cmp_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_cmp" ADD CONSTRAINT "guides_cmp_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_video" ADD CONSTRAINT "guides_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_blocks_video" ADD CONSTRAINT "guides_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_code_sample" ADD CONSTRAINT "guides_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_gate_f_o" ADD CONSTRAINT "guides_gate_f_o_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_gate_f"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_gate_f" ADD CONSTRAINT "guides_gate_f_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_gate"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_gate" ADD CONSTRAINT "guides_gate_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_gate" ADD CONSTRAINT "guides_gate_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_link_report" ADD CONSTRAINT "guides_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_workflow_log" ADD CONSTRAINT "guides_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_workflow_log" ADD CONSTRAINT "guides_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_breadcrumbs" ADD CONSTRAINT "guides_breadcrumbs_doc_id_guides_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_breadcrumbs" ADD CONSTRAINT "guides_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_texts" ADD CONSTRAINT "guides_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_steps" ADD CONSTRAINT "_guides_v_version_steps_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_version_steps" ADD CONSTRAINT "_guides_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_hero" ADD CONSTRAINT "_guides_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_hero" ADD CONSTRAINT "_guides_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_rich_text" ADD CONSTRAINT "_guides_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_feature_grid_features" ADD CONSTRAINT "_guides_v_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_feature_grid" ADD CONSTRAINT "_guides_v_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_stats_items" ADD CONSTRAINT "_guides_v_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_stats" ADD CONSTRAINT "_guides_v_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_testimonial" ADD CONSTRAINT "_guides_v_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_testimonial" ADD CONSTRAINT "_guides_v_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_logo_wall_logos" ADD CONSTRAINT "_guides_v_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_logo_wall_logos" ADD CONSTRAINT "_guides_v_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_logo_wall" ADD CONSTRAINT "_guides_v_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_call_to_action" ADD CONSTRAINT "_guides_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_faq_items" ADD CONSTRAINT "_guides_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_faq" ADD CONSTRAINT "_guides_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__guides_v_cmp_v_columns" ADD CONSTRAINT "__guides_v_cmp_v_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__guides_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__guides_v_cmp_v_rows_values" ADD CONSTRAINT "__guides_v_cmp_v_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__guides_v_cmp_v_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__guides_v_cmp_v_rows" ADD CONSTRAINT "__guides_v_cmp_v_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__guides_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__guides_v_cmp_v" ADD CONSTRAINT "__guides_v_cmp_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_video" ADD CONSTRAINT "_guides_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_video" ADD CONSTRAINT "_guides_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_code_sample" ADD CONSTRAINT "_guides_v_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "____guides_v_gate_v_f_v_o_v" ADD CONSTRAINT "____guides_v_gate_v_f_v_o_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."___guides_v_gate_v_f_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "___guides_v_gate_v_f_v" ADD CONSTRAINT "___guides_v_gate_v_f_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__guides_v_gate_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__guides_v_gate_v" ADD CONSTRAINT "__guides_v_gate_v_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__guides_v_gate_v" ADD CONSTRAINT "__guides_v_gate_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_link_report" ADD CONSTRAINT "_guides_v_version_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_workflow_log" ADD CONSTRAINT "_guides_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_version_workflow_log" ADD CONSTRAINT "_guides_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_breadcrumbs" ADD CONSTRAINT "_guides_v_version_breadcrumbs_doc_id_guides_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_version_breadcrumbs" ADD CONSTRAINT "_guides_v_version_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_product_id_products_id_fk" FOREIGN KEY ("version_product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_parent_id_guides_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_texts" ADD CONSTRAINT "_guides_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_hero" ADD CONSTRAINT "product_copy_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_hero" ADD CONSTRAINT "product_copy_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_rich_text" ADD CONSTRAINT "product_copy_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_feature_grid_features" ADD CONSTRAINT "product_copy_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_feature_grid" ADD CONSTRAINT "product_copy_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_stats_items" ADD CONSTRAINT "product_copy_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_stats" ADD CONSTRAINT "product_copy_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_testimonial" ADD CONSTRAINT "product_copy_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_testimonial" ADD CONSTRAINT "product_copy_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_logo_wall_logos" ADD CONSTRAINT "product_copy_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_logo_wall_logos" ADD CONSTRAINT "product_copy_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_logo_wall" ADD CONSTRAINT "product_copy_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_call_to_action" ADD CONSTRAINT "product_copy_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_faq_items" ADD CONSTRAINT "product_copy_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_faq" ADD CONSTRAINT "product_copy_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_cmp_columns" ADD CONSTRAINT "product_copy_cmp_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_cmp_rows_values" ADD CONSTRAINT "product_copy_cmp_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_cmp_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_cmp_rows" ADD CONSTRAINT "product_copy_cmp_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_cmp" ADD CONSTRAINT "product_copy_cmp_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_video" ADD CONSTRAINT "product_copy_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_video" ADD CONSTRAINT "product_copy_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_blocks_code_sample" ADD CONSTRAINT "product_copy_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_gate_f_o" ADD CONSTRAINT "product_copy_gate_f_o_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_gate_f"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_gate_f" ADD CONSTRAINT "product_copy_gate_f_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy_gate"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_gate" ADD CONSTRAINT "product_copy_gate_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_gate" ADD CONSTRAINT "product_copy_gate_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_link_report" ADD CONSTRAINT "product_copy_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy_workflow_log" ADD CONSTRAINT "product_copy_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_workflow_log" ADD CONSTRAINT "product_copy_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_copy" ADD CONSTRAINT "product_copy_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_locales" ADD CONSTRAINT "product_copy_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_copy_locales" ADD CONSTRAINT "product_copy_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_hero" ADD CONSTRAINT "_product_copy_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_hero" ADD CONSTRAINT "_product_copy_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_rich_text" ADD CONSTRAINT "_product_copy_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_feature_grid_features" ADD CONSTRAINT "_product_copy_v_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_feature_grid" ADD CONSTRAINT "_product_copy_v_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_stats_items" ADD CONSTRAINT "_product_copy_v_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_stats" ADD CONSTRAINT "_product_copy_v_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_testimonial" ADD CONSTRAINT "_product_copy_v_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_testimonial" ADD CONSTRAINT "_product_copy_v_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_logo_wall_logos" ADD CONSTRAINT "_product_copy_v_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_logo_wall_logos" ADD CONSTRAINT "_product_copy_v_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_logo_wall" ADD CONSTRAINT "_product_copy_v_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_call_to_action" ADD CONSTRAINT "_product_copy_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_faq_items" ADD CONSTRAINT "_product_copy_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_faq" ADD CONSTRAINT "_product_copy_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__product_copy_v_cmp_v_columns" ADD CONSTRAINT "__product_copy_v_cmp_v_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__product_copy_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__product_copy_v_cmp_v_rows_values" ADD CONSTRAINT "__product_copy_v_cmp_v_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__product_copy_v_cmp_v_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__product_copy_v_cmp_v_rows" ADD CONSTRAINT "__product_copy_v_cmp_v_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__product_copy_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__product_copy_v_cmp_v" ADD CONSTRAINT "__product_copy_v_cmp_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_video" ADD CONSTRAINT "_product_copy_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_video" ADD CONSTRAINT "_product_copy_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_blocks_code_sample" ADD CONSTRAINT "_product_copy_v_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "____product_copy_v_gate_v_f_v_o_v" ADD CONSTRAINT "____product_copy_v_gate_v_f_v_o_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."___product_copy_v_gate_v_f_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "___product_copy_v_gate_v_f_v" ADD CONSTRAINT "___product_copy_v_gate_v_f_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__product_copy_v_gate_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__product_copy_v_gate_v" ADD CONSTRAINT "__product_copy_v_gate_v_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__product_copy_v_gate_v" ADD CONSTRAINT "__product_copy_v_gate_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_version_link_report" ADD CONSTRAINT "_product_copy_v_version_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v_version_workflow_log" ADD CONSTRAINT "_product_copy_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_version_workflow_log" ADD CONSTRAINT "_product_copy_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_product_copy_v" ADD CONSTRAINT "_product_copy_v_parent_id_product_copy_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."product_copy"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v" ADD CONSTRAINT "_product_copy_v_version_product_id_products_id_fk" FOREIGN KEY ("version_product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_locales" ADD CONSTRAINT "_product_copy_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_product_copy_v_locales" ADD CONSTRAINT "_product_copy_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_product_copy_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_hero" ADD CONSTRAINT "articles_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_blocks_hero" ADD CONSTRAINT "articles_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_rich_text" ADD CONSTRAINT "articles_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_feature_grid_features" ADD CONSTRAINT "articles_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_feature_grid" ADD CONSTRAINT "articles_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_stats_items" ADD CONSTRAINT "articles_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_stats" ADD CONSTRAINT "articles_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_testimonial" ADD CONSTRAINT "articles_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_blocks_testimonial" ADD CONSTRAINT "articles_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_logo_wall_logos" ADD CONSTRAINT "articles_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_blocks_logo_wall_logos" ADD CONSTRAINT "articles_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_logo_wall" ADD CONSTRAINT "articles_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_call_to_action" ADD CONSTRAINT "articles_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_faq_items" ADD CONSTRAINT "articles_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_faq" ADD CONSTRAINT "articles_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_cmp_columns" ADD CONSTRAINT "articles_cmp_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_cmp_rows_values" ADD CONSTRAINT "articles_cmp_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_cmp_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_cmp_rows" ADD CONSTRAINT "articles_cmp_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_cmp" ADD CONSTRAINT "articles_cmp_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_video" ADD CONSTRAINT "articles_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_blocks_video" ADD CONSTRAINT "articles_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_blocks_code_sample" ADD CONSTRAINT "articles_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_gate_f_o" ADD CONSTRAINT "articles_gate_f_o_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_gate_f"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_gate_f" ADD CONSTRAINT "articles_gate_f_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_gate"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_gate" ADD CONSTRAINT "articles_gate_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_gate" ADD CONSTRAINT "articles_gate_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_link_report" ADD CONSTRAINT "articles_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_workflow_log" ADD CONSTRAINT "articles_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_workflow_log" ADD CONSTRAINT "articles_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_hero" ADD CONSTRAINT "_articles_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_hero" ADD CONSTRAINT "_articles_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_rich_text" ADD CONSTRAINT "_articles_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_feature_grid_features" ADD CONSTRAINT "_articles_v_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_feature_grid" ADD CONSTRAINT "_articles_v_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_stats_items" ADD CONSTRAINT "_articles_v_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_stats" ADD CONSTRAINT "_articles_v_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_testimonial" ADD CONSTRAINT "_articles_v_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_testimonial" ADD CONSTRAINT "_articles_v_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_logo_wall_logos" ADD CONSTRAINT "_articles_v_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_logo_wall_logos" ADD CONSTRAINT "_articles_v_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_logo_wall" ADD CONSTRAINT "_articles_v_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_call_to_action" ADD CONSTRAINT "_articles_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_faq_items" ADD CONSTRAINT "_articles_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_faq" ADD CONSTRAINT "_articles_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__articles_v_cmp_v_columns" ADD CONSTRAINT "__articles_v_cmp_v_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__articles_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__articles_v_cmp_v_rows_values" ADD CONSTRAINT "__articles_v_cmp_v_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__articles_v_cmp_v_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__articles_v_cmp_v_rows" ADD CONSTRAINT "__articles_v_cmp_v_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__articles_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__articles_v_cmp_v" ADD CONSTRAINT "__articles_v_cmp_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_video" ADD CONSTRAINT "_articles_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_video" ADD CONSTRAINT "_articles_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_blocks_code_sample" ADD CONSTRAINT "_articles_v_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "____articles_v_gate_v_f_v_o_v" ADD CONSTRAINT "____articles_v_gate_v_f_v_o_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."___articles_v_gate_v_f_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "___articles_v_gate_v_f_v" ADD CONSTRAINT "___articles_v_gate_v_f_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__articles_v_gate_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__articles_v_gate_v" ADD CONSTRAINT "__articles_v_gate_v_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__articles_v_gate_v" ADD CONSTRAINT "__articles_v_gate_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_link_report" ADD CONSTRAINT "_articles_v_version_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_log" ADD CONSTRAINT "_articles_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_log" ADD CONSTRAINT "_articles_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_product_id_products_id_fk" FOREIGN KEY ("version_product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_hero" ADD CONSTRAINT "landing_pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_hero" ADD CONSTRAINT "landing_pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_rich_text" ADD CONSTRAINT "landing_pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_feature_grid_features" ADD CONSTRAINT "landing_pages_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_feature_grid" ADD CONSTRAINT "landing_pages_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_stats_items" ADD CONSTRAINT "landing_pages_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_stats" ADD CONSTRAINT "landing_pages_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_testimonial" ADD CONSTRAINT "landing_pages_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_testimonial" ADD CONSTRAINT "landing_pages_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_logo_wall_logos" ADD CONSTRAINT "landing_pages_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_logo_wall_logos" ADD CONSTRAINT "landing_pages_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_logo_wall" ADD CONSTRAINT "landing_pages_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_call_to_action" ADD CONSTRAINT "landing_pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_faq_items" ADD CONSTRAINT "landing_pages_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_faq" ADD CONSTRAINT "landing_pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_cmp_columns" ADD CONSTRAINT "landing_pages_cmp_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_cmp_rows_values" ADD CONSTRAINT "landing_pages_cmp_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_cmp_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_cmp_rows" ADD CONSTRAINT "landing_pages_cmp_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_cmp"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_cmp" ADD CONSTRAINT "landing_pages_cmp_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_video" ADD CONSTRAINT "landing_pages_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_video" ADD CONSTRAINT "landing_pages_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_code_sample" ADD CONSTRAINT "landing_pages_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_gate_f_o" ADD CONSTRAINT "landing_pages_gate_f_o_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_gate_f"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_gate_f" ADD CONSTRAINT "landing_pages_gate_f_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages_gate"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_gate" ADD CONSTRAINT "landing_pages_gate_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_gate" ADD CONSTRAINT "landing_pages_gate_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_link_report" ADD CONSTRAINT "landing_pages_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_workflow_log" ADD CONSTRAINT "landing_pages_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_workflow_log" ADD CONSTRAINT "landing_pages_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages" ADD CONSTRAINT "landing_pages_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_locales" ADD CONSTRAINT "landing_pages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_locales" ADD CONSTRAINT "landing_pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_hero" ADD CONSTRAINT "_landing_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_hero" ADD CONSTRAINT "_landing_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_rich_text" ADD CONSTRAINT "_landing_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_feature_grid_features" ADD CONSTRAINT "_landing_pages_v_blocks_feature_grid_features_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v_blocks_feature_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_feature_grid" ADD CONSTRAINT "_landing_pages_v_blocks_feature_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_stats_items" ADD CONSTRAINT "_landing_pages_v_blocks_stats_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v_blocks_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_stats" ADD CONSTRAINT "_landing_pages_v_blocks_stats_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_testimonial" ADD CONSTRAINT "_landing_pages_v_blocks_testimonial_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_testimonial" ADD CONSTRAINT "_landing_pages_v_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_logo_wall_logos" ADD CONSTRAINT "_landing_pages_v_blocks_logo_wall_logos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_logo_wall_logos" ADD CONSTRAINT "_landing_pages_v_blocks_logo_wall_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v_blocks_logo_wall"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_logo_wall" ADD CONSTRAINT "_landing_pages_v_blocks_logo_wall_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_call_to_action" ADD CONSTRAINT "_landing_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_faq_items" ADD CONSTRAINT "_landing_pages_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_faq" ADD CONSTRAINT "_landing_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__landing_pages_v_cmp_v_columns" ADD CONSTRAINT "__landing_pages_v_cmp_v_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__landing_pages_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__landing_pages_v_cmp_v_rows_values" ADD CONSTRAINT "__landing_pages_v_cmp_v_rows_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__landing_pages_v_cmp_v_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__landing_pages_v_cmp_v_rows" ADD CONSTRAINT "__landing_pages_v_cmp_v_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__landing_pages_v_cmp_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__landing_pages_v_cmp_v" ADD CONSTRAINT "__landing_pages_v_cmp_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_video" ADD CONSTRAINT "_landing_pages_v_blocks_video_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_video" ADD CONSTRAINT "_landing_pages_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_code_sample" ADD CONSTRAINT "_landing_pages_v_blocks_code_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "____landing_pages_v_gate_v_f_v_o_v" ADD CONSTRAINT "____landing_pages_v_gate_v_f_v_o_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."___landing_pages_v_gate_v_f_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "___landing_pages_v_gate_v_f_v" ADD CONSTRAINT "___landing_pages_v_gate_v_f_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."__landing_pages_v_gate_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__landing_pages_v_gate_v" ADD CONSTRAINT "__landing_pages_v_gate_v_asset_id_media_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__landing_pages_v_gate_v" ADD CONSTRAINT "__landing_pages_v_gate_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_version_link_report" ADD CONSTRAINT "_landing_pages_v_version_link_report_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_version_workflow_log" ADD CONSTRAINT "_landing_pages_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_version_workflow_log" ADD CONSTRAINT "_landing_pages_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v" ADD CONSTRAINT "_landing_pages_v_parent_id_landing_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v" ADD CONSTRAINT "_landing_pages_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_locales" ADD CONSTRAINT "_landing_pages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_locales" ADD CONSTRAINT "_landing_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_white_papers_fk" FOREIGN KEY ("white_papers_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_product_copy_fk" FOREIGN KEY ("product_copy_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_locales" ADD CONSTRAINT "industries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "products_locales" ADD CONSTRAINT "products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "growth_layers_locales" ADD CONSTRAINT "growth_layers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_white_papers_fk" FOREIGN KEY ("white_papers_id") REFERENCES "public"."white_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_product_copy_fk" FOREIGN KEY ("product_copy_id") REFERENCES "public"."product_copy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_growth_layers_fk" FOREIGN KEY ("growth_layers_id") REFERENCES "public"."growth_layers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "white_papers_blocks_hero_order_idx" ON "white_papers_blocks_hero" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_hero_parent_id_idx" ON "white_papers_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_hero_path_idx" ON "white_papers_blocks_hero" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_hero_locale_idx" ON "white_papers_blocks_hero" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_hero_image_idx" ON "white_papers_blocks_hero" USING btree ("image_id");
  CREATE INDEX "white_papers_blocks_rich_text_order_idx" ON "white_papers_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_rich_text_parent_id_idx" ON "white_papers_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_rich_text_path_idx" ON "white_papers_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_rich_text_locale_idx" ON "white_papers_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_feature_grid_features_order_idx" ON "white_papers_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_feature_grid_features_parent_id_idx" ON "white_papers_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_feature_grid_features_locale_idx" ON "white_papers_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_feature_grid_order_idx" ON "white_papers_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_feature_grid_parent_id_idx" ON "white_papers_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_feature_grid_path_idx" ON "white_papers_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_feature_grid_locale_idx" ON "white_papers_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_stats_items_order_idx" ON "white_papers_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_stats_items_parent_id_idx" ON "white_papers_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_stats_items_locale_idx" ON "white_papers_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_stats_order_idx" ON "white_papers_blocks_stats" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_stats_parent_id_idx" ON "white_papers_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_stats_path_idx" ON "white_papers_blocks_stats" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_stats_locale_idx" ON "white_papers_blocks_stats" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_testimonial_order_idx" ON "white_papers_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_testimonial_parent_id_idx" ON "white_papers_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_testimonial_path_idx" ON "white_papers_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_testimonial_locale_idx" ON "white_papers_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_testimonial_photo_idx" ON "white_papers_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "white_papers_blocks_logo_wall_logos_order_idx" ON "white_papers_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_logo_wall_logos_parent_id_idx" ON "white_papers_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_logo_wall_logos_locale_idx" ON "white_papers_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_logo_wall_logos_media_idx" ON "white_papers_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "white_papers_blocks_logo_wall_order_idx" ON "white_papers_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_logo_wall_parent_id_idx" ON "white_papers_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_logo_wall_path_idx" ON "white_papers_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_logo_wall_locale_idx" ON "white_papers_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_call_to_action_order_idx" ON "white_papers_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_call_to_action_parent_id_idx" ON "white_papers_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_call_to_action_path_idx" ON "white_papers_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_call_to_action_locale_idx" ON "white_papers_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_faq_items_order_idx" ON "white_papers_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_faq_items_parent_id_idx" ON "white_papers_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_faq_items_locale_idx" ON "white_papers_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_faq_order_idx" ON "white_papers_blocks_faq" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_faq_parent_id_idx" ON "white_papers_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_faq_path_idx" ON "white_papers_blocks_faq" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_faq_locale_idx" ON "white_papers_blocks_faq" USING btree ("_locale");
  CREATE INDEX "white_papers_cmp_columns_order_idx" ON "white_papers_cmp_columns" USING btree ("_order");
  CREATE INDEX "white_papers_cmp_columns_parent_id_idx" ON "white_papers_cmp_columns" USING btree ("_parent_id");
  CREATE INDEX "white_papers_cmp_columns_locale_idx" ON "white_papers_cmp_columns" USING btree ("_locale");
  CREATE INDEX "white_papers_cmp_rows_values_order_idx" ON "white_papers_cmp_rows_values" USING btree ("_order");
  CREATE INDEX "white_papers_cmp_rows_values_parent_id_idx" ON "white_papers_cmp_rows_values" USING btree ("_parent_id");
  CREATE INDEX "white_papers_cmp_rows_values_locale_idx" ON "white_papers_cmp_rows_values" USING btree ("_locale");
  CREATE INDEX "white_papers_cmp_rows_order_idx" ON "white_papers_cmp_rows" USING btree ("_order");
  CREATE INDEX "white_papers_cmp_rows_parent_id_idx" ON "white_papers_cmp_rows" USING btree ("_parent_id");
  CREATE INDEX "white_papers_cmp_rows_locale_idx" ON "white_papers_cmp_rows" USING btree ("_locale");
  CREATE INDEX "white_papers_cmp_order_idx" ON "white_papers_cmp" USING btree ("_order");
  CREATE INDEX "white_papers_cmp_parent_id_idx" ON "white_papers_cmp" USING btree ("_parent_id");
  CREATE INDEX "white_papers_cmp_path_idx" ON "white_papers_cmp" USING btree ("_path");
  CREATE INDEX "white_papers_cmp_locale_idx" ON "white_papers_cmp" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_video_order_idx" ON "white_papers_blocks_video" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_video_parent_id_idx" ON "white_papers_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_video_path_idx" ON "white_papers_blocks_video" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_video_locale_idx" ON "white_papers_blocks_video" USING btree ("_locale");
  CREATE INDEX "white_papers_blocks_video_poster_idx" ON "white_papers_blocks_video" USING btree ("poster_id");
  CREATE INDEX "white_papers_blocks_code_sample_order_idx" ON "white_papers_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "white_papers_blocks_code_sample_parent_id_idx" ON "white_papers_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "white_papers_blocks_code_sample_path_idx" ON "white_papers_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "white_papers_blocks_code_sample_locale_idx" ON "white_papers_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "white_papers_gate_f_o_order_idx" ON "white_papers_gate_f_o" USING btree ("_order");
  CREATE INDEX "white_papers_gate_f_o_parent_id_idx" ON "white_papers_gate_f_o" USING btree ("_parent_id");
  CREATE INDEX "white_papers_gate_f_o_locale_idx" ON "white_papers_gate_f_o" USING btree ("_locale");
  CREATE INDEX "white_papers_gate_f_order_idx" ON "white_papers_gate_f" USING btree ("_order");
  CREATE INDEX "white_papers_gate_f_parent_id_idx" ON "white_papers_gate_f" USING btree ("_parent_id");
  CREATE INDEX "white_papers_gate_f_locale_idx" ON "white_papers_gate_f" USING btree ("_locale");
  CREATE INDEX "white_papers_gate_order_idx" ON "white_papers_gate" USING btree ("_order");
  CREATE INDEX "white_papers_gate_parent_id_idx" ON "white_papers_gate" USING btree ("_parent_id");
  CREATE INDEX "white_papers_gate_path_idx" ON "white_papers_gate" USING btree ("_path");
  CREATE INDEX "white_papers_gate_locale_idx" ON "white_papers_gate" USING btree ("_locale");
  CREATE INDEX "white_papers_gate_asset_idx" ON "white_papers_gate" USING btree ("asset_id");
  CREATE INDEX "white_papers_link_report_order_idx" ON "white_papers_link_report" USING btree ("_order");
  CREATE INDEX "white_papers_link_report_parent_id_idx" ON "white_papers_link_report" USING btree ("_parent_id");
  CREATE INDEX "white_papers_workflow_log_order_idx" ON "white_papers_workflow_log" USING btree ("_order");
  CREATE INDEX "white_papers_workflow_log_parent_id_idx" ON "white_papers_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "white_papers_workflow_log_by_idx" ON "white_papers_workflow_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "white_papers_slug_idx" ON "white_papers" USING btree ("slug");
  CREATE INDEX "white_papers_cover_image_idx" ON "white_papers" USING btree ("cover_image_id");
  CREATE INDEX "white_papers_file_idx" ON "white_papers" USING btree ("file_id");
  CREATE INDEX "white_papers_product_idx" ON "white_papers" USING btree ("product_id");
  CREATE INDEX "white_papers_workflow_state_idx" ON "white_papers" USING btree ("workflow_state");
  CREATE INDEX "white_papers_publish_at_idx" ON "white_papers" USING btree ("publish_at");
  CREATE INDEX "white_papers_unpublish_at_idx" ON "white_papers" USING btree ("unpublish_at");
  CREATE INDEX "white_papers_updated_at_idx" ON "white_papers" USING btree ("updated_at");
  CREATE INDEX "white_papers_created_at_idx" ON "white_papers" USING btree ("created_at");
  CREATE INDEX "white_papers__status_idx" ON "white_papers" USING btree ("_status");
  CREATE INDEX "white_papers_meta_meta_image_idx" ON "white_papers_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "white_papers_locales_locale_parent_id_unique" ON "white_papers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "white_papers_texts_order_parent" ON "white_papers_texts" USING btree ("order","parent_id");
  CREATE INDEX "white_papers_texts_text_idx" ON "white_papers_texts" USING btree ("text");
  CREATE INDEX "white_papers_rels_order_idx" ON "white_papers_rels" USING btree ("order");
  CREATE INDEX "white_papers_rels_parent_idx" ON "white_papers_rels" USING btree ("parent_id");
  CREATE INDEX "white_papers_rels_path_idx" ON "white_papers_rels" USING btree ("path");
  CREATE INDEX "white_papers_rels_industries_id_idx" ON "white_papers_rels" USING btree ("industries_id");
  CREATE INDEX "white_papers_rels_growth_layers_id_idx" ON "white_papers_rels" USING btree ("growth_layers_id");
  CREATE INDEX "white_papers_rels_users_id_idx" ON "white_papers_rels" USING btree ("users_id");
  CREATE INDEX "_white_papers_v_blocks_hero_order_idx" ON "_white_papers_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_hero_parent_id_idx" ON "_white_papers_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_hero_path_idx" ON "_white_papers_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_hero_locale_idx" ON "_white_papers_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_hero_image_idx" ON "_white_papers_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_white_papers_v_blocks_rich_text_order_idx" ON "_white_papers_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_rich_text_parent_id_idx" ON "_white_papers_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_rich_text_path_idx" ON "_white_papers_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_rich_text_locale_idx" ON "_white_papers_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_features_order_idx" ON "_white_papers_v_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_features_parent_id_idx" ON "_white_papers_v_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_features_locale_idx" ON "_white_papers_v_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_order_idx" ON "_white_papers_v_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_parent_id_idx" ON "_white_papers_v_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_path_idx" ON "_white_papers_v_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_feature_grid_locale_idx" ON "_white_papers_v_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_stats_items_order_idx" ON "_white_papers_v_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_stats_items_parent_id_idx" ON "_white_papers_v_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_stats_items_locale_idx" ON "_white_papers_v_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_stats_order_idx" ON "_white_papers_v_blocks_stats" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_stats_parent_id_idx" ON "_white_papers_v_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_stats_path_idx" ON "_white_papers_v_blocks_stats" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_stats_locale_idx" ON "_white_papers_v_blocks_stats" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_testimonial_order_idx" ON "_white_papers_v_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_testimonial_parent_id_idx" ON "_white_papers_v_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_testimonial_path_idx" ON "_white_papers_v_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_testimonial_locale_idx" ON "_white_papers_v_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_testimonial_photo_idx" ON "_white_papers_v_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_logos_order_idx" ON "_white_papers_v_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_logos_parent_id_idx" ON "_white_papers_v_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_logos_locale_idx" ON "_white_papers_v_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_logos_media_idx" ON "_white_papers_v_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_order_idx" ON "_white_papers_v_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_parent_id_idx" ON "_white_papers_v_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_path_idx" ON "_white_papers_v_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_logo_wall_locale_idx" ON "_white_papers_v_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_call_to_action_order_idx" ON "_white_papers_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_call_to_action_parent_id_idx" ON "_white_papers_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_call_to_action_path_idx" ON "_white_papers_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_call_to_action_locale_idx" ON "_white_papers_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_faq_items_order_idx" ON "_white_papers_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_faq_items_parent_id_idx" ON "_white_papers_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_faq_items_locale_idx" ON "_white_papers_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_faq_order_idx" ON "_white_papers_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_faq_parent_id_idx" ON "_white_papers_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_faq_path_idx" ON "_white_papers_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_faq_locale_idx" ON "_white_papers_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "__white_papers_v_cmp_v_columns_order_idx" ON "__white_papers_v_cmp_v_columns" USING btree ("_order");
  CREATE INDEX "__white_papers_v_cmp_v_columns_parent_id_idx" ON "__white_papers_v_cmp_v_columns" USING btree ("_parent_id");
  CREATE INDEX "__white_papers_v_cmp_v_columns_locale_idx" ON "__white_papers_v_cmp_v_columns" USING btree ("_locale");
  CREATE INDEX "__white_papers_v_cmp_v_rows_values_order_idx" ON "__white_papers_v_cmp_v_rows_values" USING btree ("_order");
  CREATE INDEX "__white_papers_v_cmp_v_rows_values_parent_id_idx" ON "__white_papers_v_cmp_v_rows_values" USING btree ("_parent_id");
  CREATE INDEX "__white_papers_v_cmp_v_rows_values_locale_idx" ON "__white_papers_v_cmp_v_rows_values" USING btree ("_locale");
  CREATE INDEX "__white_papers_v_cmp_v_rows_order_idx" ON "__white_papers_v_cmp_v_rows" USING btree ("_order");
  CREATE INDEX "__white_papers_v_cmp_v_rows_parent_id_idx" ON "__white_papers_v_cmp_v_rows" USING btree ("_parent_id");
  CREATE INDEX "__white_papers_v_cmp_v_rows_locale_idx" ON "__white_papers_v_cmp_v_rows" USING btree ("_locale");
  CREATE INDEX "__white_papers_v_cmp_v_order_idx" ON "__white_papers_v_cmp_v" USING btree ("_order");
  CREATE INDEX "__white_papers_v_cmp_v_parent_id_idx" ON "__white_papers_v_cmp_v" USING btree ("_parent_id");
  CREATE INDEX "__white_papers_v_cmp_v_path_idx" ON "__white_papers_v_cmp_v" USING btree ("_path");
  CREATE INDEX "__white_papers_v_cmp_v_locale_idx" ON "__white_papers_v_cmp_v" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_video_order_idx" ON "_white_papers_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_video_parent_id_idx" ON "_white_papers_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_video_path_idx" ON "_white_papers_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_video_locale_idx" ON "_white_papers_v_blocks_video" USING btree ("_locale");
  CREATE INDEX "_white_papers_v_blocks_video_poster_idx" ON "_white_papers_v_blocks_video" USING btree ("poster_id");
  CREATE INDEX "_white_papers_v_blocks_code_sample_order_idx" ON "_white_papers_v_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "_white_papers_v_blocks_code_sample_parent_id_idx" ON "_white_papers_v_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_blocks_code_sample_path_idx" ON "_white_papers_v_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "_white_papers_v_blocks_code_sample_locale_idx" ON "_white_papers_v_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "____white_papers_v_gate_v_f_v_o_v_order_idx" ON "____white_papers_v_gate_v_f_v_o_v" USING btree ("_order");
  CREATE INDEX "____white_papers_v_gate_v_f_v_o_v_parent_id_idx" ON "____white_papers_v_gate_v_f_v_o_v" USING btree ("_parent_id");
  CREATE INDEX "____white_papers_v_gate_v_f_v_o_v_locale_idx" ON "____white_papers_v_gate_v_f_v_o_v" USING btree ("_locale");
  CREATE INDEX "___white_papers_v_gate_v_f_v_order_idx" ON "___white_papers_v_gate_v_f_v" USING btree ("_order");
  CREATE INDEX "___white_papers_v_gate_v_f_v_parent_id_idx" ON "___white_papers_v_gate_v_f_v" USING btree ("_parent_id");
  CREATE INDEX "___white_papers_v_gate_v_f_v_locale_idx" ON "___white_papers_v_gate_v_f_v" USING btree ("_locale");
  CREATE INDEX "__white_papers_v_gate_v_order_idx" ON "__white_papers_v_gate_v" USING btree ("_order");
  CREATE INDEX "__white_papers_v_gate_v_parent_id_idx" ON "__white_papers_v_gate_v" USING btree ("_parent_id");
  CREATE INDEX "__white_papers_v_gate_v_path_idx" ON "__white_papers_v_gate_v" USING btree ("_path");
  CREATE INDEX "__white_papers_v_gate_v_locale_idx" ON "__white_papers_v_gate_v" USING btree ("_locale");
  CREATE INDEX "__white_papers_v_gate_v_asset_idx" ON "__white_papers_v_gate_v" USING btree ("asset_id");
  CREATE INDEX "_white_papers_v_version_link_report_order_idx" ON "_white_papers_v_version_link_report" USING btree ("_order");
  CREATE INDEX "_white_papers_v_version_link_report_parent_id_idx" ON "_white_papers_v_version_link_report" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_version_workflow_log_order_idx" ON "_white_papers_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_white_papers_v_version_workflow_log_parent_id_idx" ON "_white_papers_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_white_papers_v_version_workflow_log_by_idx" ON "_white_papers_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_white_papers_v_parent_idx" ON "_white_papers_v" USING btree ("parent_id");
  CREATE INDEX "_white_papers_v_version_version_slug_idx" ON "_white_papers_v" USING btree ("version_slug");
  CREATE INDEX "_white_papers_v_version_version_cover_image_idx" ON "_white_papers_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_white_papers_v_version_version_file_idx" ON "_white_papers_v" USING btree ("version_file_id");
  CREATE INDEX "_white_papers_v_version_version_product_idx" ON "_white_papers_v" USING btree ("version_product_id");
  CREATE INDEX "_white_papers_v_version_version_workflow_state_idx" ON "_white_papers_v" USING btree ("version_workflow_state");
  CREATE INDEX "_white_papers_v_version_version_publish_at_idx" ON "_white_papers_v" USING btree ("version_publish_at");
  CREATE INDEX "_white_papers_v_version_version_unpublish_at_idx" ON "_white_papers_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_white_papers_v_version_version_updated_at_idx" ON "_white_papers_v" USING btree ("version_updated_at");
  CREATE INDEX "_white_papers_v_version_version_created_at_idx" ON "_white_papers_v" USING btree ("version_created_at");
  CREATE INDEX "_white_papers_v_version_version__status_idx" ON "_white_papers_v" USING btree ("version__status");
  CREATE INDEX "_white_papers_v_created_at_idx" ON "_white_papers_v" USING btree ("created_at");
  CREATE INDEX "_white_papers_v_updated_at_idx" ON "_white_papers_v" USING btree ("updated_at");
  CREATE INDEX "_white_papers_v_snapshot_idx" ON "_white_papers_v" USING btree ("snapshot");
  CREATE INDEX "_white_papers_v_published_locale_idx" ON "_white_papers_v" USING btree ("published_locale");
  CREATE INDEX "_white_papers_v_latest_idx" ON "_white_papers_v" USING btree ("latest");
  CREATE INDEX "_white_papers_v_version_meta_version_meta_image_idx" ON "_white_papers_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_white_papers_v_locales_locale_parent_id_unique" ON "_white_papers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_white_papers_v_texts_order_parent" ON "_white_papers_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_white_papers_v_rels_order_idx" ON "_white_papers_v_rels" USING btree ("order");
  CREATE INDEX "_white_papers_v_rels_parent_idx" ON "_white_papers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_white_papers_v_rels_path_idx" ON "_white_papers_v_rels" USING btree ("path");
  CREATE INDEX "_white_papers_v_rels_industries_id_idx" ON "_white_papers_v_rels" USING btree ("industries_id");
  CREATE INDEX "_white_papers_v_rels_growth_layers_id_idx" ON "_white_papers_v_rels" USING btree ("growth_layers_id");
  CREATE INDEX "_white_papers_v_rels_users_id_idx" ON "_white_papers_v_rels" USING btree ("users_id");
  CREATE INDEX "guides_steps_order_idx" ON "guides_steps" USING btree ("_order");
  CREATE INDEX "guides_steps_parent_id_idx" ON "guides_steps" USING btree ("_parent_id");
  CREATE INDEX "guides_steps_locale_idx" ON "guides_steps" USING btree ("_locale");
  CREATE INDEX "guides_steps_image_idx" ON "guides_steps" USING btree ("image_id");
  CREATE INDEX "guides_blocks_hero_order_idx" ON "guides_blocks_hero" USING btree ("_order");
  CREATE INDEX "guides_blocks_hero_parent_id_idx" ON "guides_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_hero_path_idx" ON "guides_blocks_hero" USING btree ("_path");
  CREATE INDEX "guides_blocks_hero_locale_idx" ON "guides_blocks_hero" USING btree ("_locale");
  CREATE INDEX "guides_blocks_hero_image_idx" ON "guides_blocks_hero" USING btree ("image_id");
  CREATE INDEX "guides_blocks_rich_text_order_idx" ON "guides_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "guides_blocks_rich_text_parent_id_idx" ON "guides_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_rich_text_path_idx" ON "guides_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "guides_blocks_rich_text_locale_idx" ON "guides_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "guides_blocks_feature_grid_features_order_idx" ON "guides_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "guides_blocks_feature_grid_features_parent_id_idx" ON "guides_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_feature_grid_features_locale_idx" ON "guides_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "guides_blocks_feature_grid_order_idx" ON "guides_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "guides_blocks_feature_grid_parent_id_idx" ON "guides_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_feature_grid_path_idx" ON "guides_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "guides_blocks_feature_grid_locale_idx" ON "guides_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "guides_blocks_stats_items_order_idx" ON "guides_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "guides_blocks_stats_items_parent_id_idx" ON "guides_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_stats_items_locale_idx" ON "guides_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "guides_blocks_stats_order_idx" ON "guides_blocks_stats" USING btree ("_order");
  CREATE INDEX "guides_blocks_stats_parent_id_idx" ON "guides_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_stats_path_idx" ON "guides_blocks_stats" USING btree ("_path");
  CREATE INDEX "guides_blocks_stats_locale_idx" ON "guides_blocks_stats" USING btree ("_locale");
  CREATE INDEX "guides_blocks_testimonial_order_idx" ON "guides_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "guides_blocks_testimonial_parent_id_idx" ON "guides_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_testimonial_path_idx" ON "guides_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "guides_blocks_testimonial_locale_idx" ON "guides_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "guides_blocks_testimonial_photo_idx" ON "guides_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "guides_blocks_logo_wall_logos_order_idx" ON "guides_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "guides_blocks_logo_wall_logos_parent_id_idx" ON "guides_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_logo_wall_logos_locale_idx" ON "guides_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "guides_blocks_logo_wall_logos_media_idx" ON "guides_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "guides_blocks_logo_wall_order_idx" ON "guides_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "guides_blocks_logo_wall_parent_id_idx" ON "guides_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_logo_wall_path_idx" ON "guides_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "guides_blocks_logo_wall_locale_idx" ON "guides_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "guides_blocks_call_to_action_order_idx" ON "guides_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "guides_blocks_call_to_action_parent_id_idx" ON "guides_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_call_to_action_path_idx" ON "guides_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "guides_blocks_call_to_action_locale_idx" ON "guides_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "guides_blocks_faq_items_order_idx" ON "guides_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "guides_blocks_faq_items_parent_id_idx" ON "guides_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_faq_items_locale_idx" ON "guides_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "guides_blocks_faq_order_idx" ON "guides_blocks_faq" USING btree ("_order");
  CREATE INDEX "guides_blocks_faq_parent_id_idx" ON "guides_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_faq_path_idx" ON "guides_blocks_faq" USING btree ("_path");
  CREATE INDEX "guides_blocks_faq_locale_idx" ON "guides_blocks_faq" USING btree ("_locale");
  CREATE INDEX "guides_cmp_columns_order_idx" ON "guides_cmp_columns" USING btree ("_order");
  CREATE INDEX "guides_cmp_columns_parent_id_idx" ON "guides_cmp_columns" USING btree ("_parent_id");
  CREATE INDEX "guides_cmp_columns_locale_idx" ON "guides_cmp_columns" USING btree ("_locale");
  CREATE INDEX "guides_cmp_rows_values_order_idx" ON "guides_cmp_rows_values" USING btree ("_order");
  CREATE INDEX "guides_cmp_rows_values_parent_id_idx" ON "guides_cmp_rows_values" USING btree ("_parent_id");
  CREATE INDEX "guides_cmp_rows_values_locale_idx" ON "guides_cmp_rows_values" USING btree ("_locale");
  CREATE INDEX "guides_cmp_rows_order_idx" ON "guides_cmp_rows" USING btree ("_order");
  CREATE INDEX "guides_cmp_rows_parent_id_idx" ON "guides_cmp_rows" USING btree ("_parent_id");
  CREATE INDEX "guides_cmp_rows_locale_idx" ON "guides_cmp_rows" USING btree ("_locale");
  CREATE INDEX "guides_cmp_order_idx" ON "guides_cmp" USING btree ("_order");
  CREATE INDEX "guides_cmp_parent_id_idx" ON "guides_cmp" USING btree ("_parent_id");
  CREATE INDEX "guides_cmp_path_idx" ON "guides_cmp" USING btree ("_path");
  CREATE INDEX "guides_cmp_locale_idx" ON "guides_cmp" USING btree ("_locale");
  CREATE INDEX "guides_blocks_video_order_idx" ON "guides_blocks_video" USING btree ("_order");
  CREATE INDEX "guides_blocks_video_parent_id_idx" ON "guides_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_video_path_idx" ON "guides_blocks_video" USING btree ("_path");
  CREATE INDEX "guides_blocks_video_locale_idx" ON "guides_blocks_video" USING btree ("_locale");
  CREATE INDEX "guides_blocks_video_poster_idx" ON "guides_blocks_video" USING btree ("poster_id");
  CREATE INDEX "guides_blocks_code_sample_order_idx" ON "guides_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "guides_blocks_code_sample_parent_id_idx" ON "guides_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_code_sample_path_idx" ON "guides_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "guides_blocks_code_sample_locale_idx" ON "guides_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "guides_gate_f_o_order_idx" ON "guides_gate_f_o" USING btree ("_order");
  CREATE INDEX "guides_gate_f_o_parent_id_idx" ON "guides_gate_f_o" USING btree ("_parent_id");
  CREATE INDEX "guides_gate_f_o_locale_idx" ON "guides_gate_f_o" USING btree ("_locale");
  CREATE INDEX "guides_gate_f_order_idx" ON "guides_gate_f" USING btree ("_order");
  CREATE INDEX "guides_gate_f_parent_id_idx" ON "guides_gate_f" USING btree ("_parent_id");
  CREATE INDEX "guides_gate_f_locale_idx" ON "guides_gate_f" USING btree ("_locale");
  CREATE INDEX "guides_gate_order_idx" ON "guides_gate" USING btree ("_order");
  CREATE INDEX "guides_gate_parent_id_idx" ON "guides_gate" USING btree ("_parent_id");
  CREATE INDEX "guides_gate_path_idx" ON "guides_gate" USING btree ("_path");
  CREATE INDEX "guides_gate_locale_idx" ON "guides_gate" USING btree ("_locale");
  CREATE INDEX "guides_gate_asset_idx" ON "guides_gate" USING btree ("asset_id");
  CREATE INDEX "guides_link_report_order_idx" ON "guides_link_report" USING btree ("_order");
  CREATE INDEX "guides_link_report_parent_id_idx" ON "guides_link_report" USING btree ("_parent_id");
  CREATE INDEX "guides_workflow_log_order_idx" ON "guides_workflow_log" USING btree ("_order");
  CREATE INDEX "guides_workflow_log_parent_id_idx" ON "guides_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "guides_workflow_log_by_idx" ON "guides_workflow_log" USING btree ("by_id");
  CREATE INDEX "guides_breadcrumbs_order_idx" ON "guides_breadcrumbs" USING btree ("_order");
  CREATE INDEX "guides_breadcrumbs_parent_id_idx" ON "guides_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "guides_breadcrumbs_locale_idx" ON "guides_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "guides_breadcrumbs_doc_idx" ON "guides_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_product_idx" ON "guides" USING btree ("product_id");
  CREATE INDEX "guides_workflow_state_idx" ON "guides" USING btree ("workflow_state");
  CREATE INDEX "guides_publish_at_idx" ON "guides" USING btree ("publish_at");
  CREATE INDEX "guides_unpublish_at_idx" ON "guides" USING btree ("unpublish_at");
  CREATE INDEX "guides_parent_idx" ON "guides" USING btree ("parent_id");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "guides_meta_meta_image_idx" ON "guides_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_texts_order_parent" ON "guides_texts" USING btree ("order","parent_id");
  CREATE INDEX "guides_texts_text_idx" ON "guides_texts" USING btree ("text");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_growth_layers_id_idx" ON "guides_rels" USING btree ("growth_layers_id");
  CREATE INDEX "guides_rels_users_id_idx" ON "guides_rels" USING btree ("users_id");
  CREATE INDEX "_guides_v_version_steps_order_idx" ON "_guides_v_version_steps" USING btree ("_order");
  CREATE INDEX "_guides_v_version_steps_parent_id_idx" ON "_guides_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_steps_locale_idx" ON "_guides_v_version_steps" USING btree ("_locale");
  CREATE INDEX "_guides_v_version_steps_image_idx" ON "_guides_v_version_steps" USING btree ("image_id");
  CREATE INDEX "_guides_v_blocks_hero_order_idx" ON "_guides_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_hero_parent_id_idx" ON "_guides_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_hero_path_idx" ON "_guides_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_hero_locale_idx" ON "_guides_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_hero_image_idx" ON "_guides_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_guides_v_blocks_rich_text_order_idx" ON "_guides_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_rich_text_parent_id_idx" ON "_guides_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_rich_text_path_idx" ON "_guides_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_rich_text_locale_idx" ON "_guides_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_feature_grid_features_order_idx" ON "_guides_v_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_feature_grid_features_parent_id_idx" ON "_guides_v_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_feature_grid_features_locale_idx" ON "_guides_v_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_feature_grid_order_idx" ON "_guides_v_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_feature_grid_parent_id_idx" ON "_guides_v_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_feature_grid_path_idx" ON "_guides_v_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_feature_grid_locale_idx" ON "_guides_v_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_stats_items_order_idx" ON "_guides_v_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_stats_items_parent_id_idx" ON "_guides_v_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_stats_items_locale_idx" ON "_guides_v_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_stats_order_idx" ON "_guides_v_blocks_stats" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_stats_parent_id_idx" ON "_guides_v_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_stats_path_idx" ON "_guides_v_blocks_stats" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_stats_locale_idx" ON "_guides_v_blocks_stats" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_testimonial_order_idx" ON "_guides_v_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_testimonial_parent_id_idx" ON "_guides_v_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_testimonial_path_idx" ON "_guides_v_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_testimonial_locale_idx" ON "_guides_v_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_testimonial_photo_idx" ON "_guides_v_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "_guides_v_blocks_logo_wall_logos_order_idx" ON "_guides_v_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_logo_wall_logos_parent_id_idx" ON "_guides_v_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_logo_wall_logos_locale_idx" ON "_guides_v_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_logo_wall_logos_media_idx" ON "_guides_v_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "_guides_v_blocks_logo_wall_order_idx" ON "_guides_v_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_logo_wall_parent_id_idx" ON "_guides_v_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_logo_wall_path_idx" ON "_guides_v_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_logo_wall_locale_idx" ON "_guides_v_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_call_to_action_order_idx" ON "_guides_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_call_to_action_parent_id_idx" ON "_guides_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_call_to_action_path_idx" ON "_guides_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_call_to_action_locale_idx" ON "_guides_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_faq_items_order_idx" ON "_guides_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_faq_items_parent_id_idx" ON "_guides_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_faq_items_locale_idx" ON "_guides_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_faq_order_idx" ON "_guides_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_faq_parent_id_idx" ON "_guides_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_faq_path_idx" ON "_guides_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_faq_locale_idx" ON "_guides_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "__guides_v_cmp_v_columns_order_idx" ON "__guides_v_cmp_v_columns" USING btree ("_order");
  CREATE INDEX "__guides_v_cmp_v_columns_parent_id_idx" ON "__guides_v_cmp_v_columns" USING btree ("_parent_id");
  CREATE INDEX "__guides_v_cmp_v_columns_locale_idx" ON "__guides_v_cmp_v_columns" USING btree ("_locale");
  CREATE INDEX "__guides_v_cmp_v_rows_values_order_idx" ON "__guides_v_cmp_v_rows_values" USING btree ("_order");
  CREATE INDEX "__guides_v_cmp_v_rows_values_parent_id_idx" ON "__guides_v_cmp_v_rows_values" USING btree ("_parent_id");
  CREATE INDEX "__guides_v_cmp_v_rows_values_locale_idx" ON "__guides_v_cmp_v_rows_values" USING btree ("_locale");
  CREATE INDEX "__guides_v_cmp_v_rows_order_idx" ON "__guides_v_cmp_v_rows" USING btree ("_order");
  CREATE INDEX "__guides_v_cmp_v_rows_parent_id_idx" ON "__guides_v_cmp_v_rows" USING btree ("_parent_id");
  CREATE INDEX "__guides_v_cmp_v_rows_locale_idx" ON "__guides_v_cmp_v_rows" USING btree ("_locale");
  CREATE INDEX "__guides_v_cmp_v_order_idx" ON "__guides_v_cmp_v" USING btree ("_order");
  CREATE INDEX "__guides_v_cmp_v_parent_id_idx" ON "__guides_v_cmp_v" USING btree ("_parent_id");
  CREATE INDEX "__guides_v_cmp_v_path_idx" ON "__guides_v_cmp_v" USING btree ("_path");
  CREATE INDEX "__guides_v_cmp_v_locale_idx" ON "__guides_v_cmp_v" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_video_order_idx" ON "_guides_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_video_parent_id_idx" ON "_guides_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_video_path_idx" ON "_guides_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_video_locale_idx" ON "_guides_v_blocks_video" USING btree ("_locale");
  CREATE INDEX "_guides_v_blocks_video_poster_idx" ON "_guides_v_blocks_video" USING btree ("poster_id");
  CREATE INDEX "_guides_v_blocks_code_sample_order_idx" ON "_guides_v_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_code_sample_parent_id_idx" ON "_guides_v_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_code_sample_path_idx" ON "_guides_v_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_code_sample_locale_idx" ON "_guides_v_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "____guides_v_gate_v_f_v_o_v_order_idx" ON "____guides_v_gate_v_f_v_o_v" USING btree ("_order");
  CREATE INDEX "____guides_v_gate_v_f_v_o_v_parent_id_idx" ON "____guides_v_gate_v_f_v_o_v" USING btree ("_parent_id");
  CREATE INDEX "____guides_v_gate_v_f_v_o_v_locale_idx" ON "____guides_v_gate_v_f_v_o_v" USING btree ("_locale");
  CREATE INDEX "___guides_v_gate_v_f_v_order_idx" ON "___guides_v_gate_v_f_v" USING btree ("_order");
  CREATE INDEX "___guides_v_gate_v_f_v_parent_id_idx" ON "___guides_v_gate_v_f_v" USING btree ("_parent_id");
  CREATE INDEX "___guides_v_gate_v_f_v_locale_idx" ON "___guides_v_gate_v_f_v" USING btree ("_locale");
  CREATE INDEX "__guides_v_gate_v_order_idx" ON "__guides_v_gate_v" USING btree ("_order");
  CREATE INDEX "__guides_v_gate_v_parent_id_idx" ON "__guides_v_gate_v" USING btree ("_parent_id");
  CREATE INDEX "__guides_v_gate_v_path_idx" ON "__guides_v_gate_v" USING btree ("_path");
  CREATE INDEX "__guides_v_gate_v_locale_idx" ON "__guides_v_gate_v" USING btree ("_locale");
  CREATE INDEX "__guides_v_gate_v_asset_idx" ON "__guides_v_gate_v" USING btree ("asset_id");
  CREATE INDEX "_guides_v_version_link_report_order_idx" ON "_guides_v_version_link_report" USING btree ("_order");
  CREATE INDEX "_guides_v_version_link_report_parent_id_idx" ON "_guides_v_version_link_report" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_workflow_log_order_idx" ON "_guides_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_guides_v_version_workflow_log_parent_id_idx" ON "_guides_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_workflow_log_by_idx" ON "_guides_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_guides_v_version_breadcrumbs_order_idx" ON "_guides_v_version_breadcrumbs" USING btree ("_order");
  CREATE INDEX "_guides_v_version_breadcrumbs_parent_id_idx" ON "_guides_v_version_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_breadcrumbs_locale_idx" ON "_guides_v_version_breadcrumbs" USING btree ("_locale");
  CREATE INDEX "_guides_v_version_breadcrumbs_doc_idx" ON "_guides_v_version_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_product_idx" ON "_guides_v" USING btree ("version_product_id");
  CREATE INDEX "_guides_v_version_version_workflow_state_idx" ON "_guides_v" USING btree ("version_workflow_state");
  CREATE INDEX "_guides_v_version_version_publish_at_idx" ON "_guides_v" USING btree ("version_publish_at");
  CREATE INDEX "_guides_v_version_version_unpublish_at_idx" ON "_guides_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_guides_v_version_version_parent_idx" ON "_guides_v" USING btree ("version_parent_id");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_version_meta_version_meta_image_idx" ON "_guides_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_texts_order_parent" ON "_guides_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_growth_layers_id_idx" ON "_guides_v_rels" USING btree ("growth_layers_id");
  CREATE INDEX "_guides_v_rels_users_id_idx" ON "_guides_v_rels" USING btree ("users_id");
  CREATE INDEX "product_copy_blocks_hero_order_idx" ON "product_copy_blocks_hero" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_hero_parent_id_idx" ON "product_copy_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_hero_path_idx" ON "product_copy_blocks_hero" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_hero_locale_idx" ON "product_copy_blocks_hero" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_hero_image_idx" ON "product_copy_blocks_hero" USING btree ("image_id");
  CREATE INDEX "product_copy_blocks_rich_text_order_idx" ON "product_copy_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_rich_text_parent_id_idx" ON "product_copy_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_rich_text_path_idx" ON "product_copy_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_rich_text_locale_idx" ON "product_copy_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_feature_grid_features_order_idx" ON "product_copy_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_feature_grid_features_parent_id_idx" ON "product_copy_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_feature_grid_features_locale_idx" ON "product_copy_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_feature_grid_order_idx" ON "product_copy_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_feature_grid_parent_id_idx" ON "product_copy_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_feature_grid_path_idx" ON "product_copy_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_feature_grid_locale_idx" ON "product_copy_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_stats_items_order_idx" ON "product_copy_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_stats_items_parent_id_idx" ON "product_copy_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_stats_items_locale_idx" ON "product_copy_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_stats_order_idx" ON "product_copy_blocks_stats" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_stats_parent_id_idx" ON "product_copy_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_stats_path_idx" ON "product_copy_blocks_stats" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_stats_locale_idx" ON "product_copy_blocks_stats" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_testimonial_order_idx" ON "product_copy_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_testimonial_parent_id_idx" ON "product_copy_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_testimonial_path_idx" ON "product_copy_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_testimonial_locale_idx" ON "product_copy_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_testimonial_photo_idx" ON "product_copy_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "product_copy_blocks_logo_wall_logos_order_idx" ON "product_copy_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_logo_wall_logos_parent_id_idx" ON "product_copy_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_logo_wall_logos_locale_idx" ON "product_copy_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_logo_wall_logos_media_idx" ON "product_copy_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "product_copy_blocks_logo_wall_order_idx" ON "product_copy_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_logo_wall_parent_id_idx" ON "product_copy_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_logo_wall_path_idx" ON "product_copy_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_logo_wall_locale_idx" ON "product_copy_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_call_to_action_order_idx" ON "product_copy_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_call_to_action_parent_id_idx" ON "product_copy_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_call_to_action_path_idx" ON "product_copy_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_call_to_action_locale_idx" ON "product_copy_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_faq_items_order_idx" ON "product_copy_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_faq_items_parent_id_idx" ON "product_copy_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_faq_items_locale_idx" ON "product_copy_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_faq_order_idx" ON "product_copy_blocks_faq" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_faq_parent_id_idx" ON "product_copy_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_faq_path_idx" ON "product_copy_blocks_faq" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_faq_locale_idx" ON "product_copy_blocks_faq" USING btree ("_locale");
  CREATE INDEX "product_copy_cmp_columns_order_idx" ON "product_copy_cmp_columns" USING btree ("_order");
  CREATE INDEX "product_copy_cmp_columns_parent_id_idx" ON "product_copy_cmp_columns" USING btree ("_parent_id");
  CREATE INDEX "product_copy_cmp_columns_locale_idx" ON "product_copy_cmp_columns" USING btree ("_locale");
  CREATE INDEX "product_copy_cmp_rows_values_order_idx" ON "product_copy_cmp_rows_values" USING btree ("_order");
  CREATE INDEX "product_copy_cmp_rows_values_parent_id_idx" ON "product_copy_cmp_rows_values" USING btree ("_parent_id");
  CREATE INDEX "product_copy_cmp_rows_values_locale_idx" ON "product_copy_cmp_rows_values" USING btree ("_locale");
  CREATE INDEX "product_copy_cmp_rows_order_idx" ON "product_copy_cmp_rows" USING btree ("_order");
  CREATE INDEX "product_copy_cmp_rows_parent_id_idx" ON "product_copy_cmp_rows" USING btree ("_parent_id");
  CREATE INDEX "product_copy_cmp_rows_locale_idx" ON "product_copy_cmp_rows" USING btree ("_locale");
  CREATE INDEX "product_copy_cmp_order_idx" ON "product_copy_cmp" USING btree ("_order");
  CREATE INDEX "product_copy_cmp_parent_id_idx" ON "product_copy_cmp" USING btree ("_parent_id");
  CREATE INDEX "product_copy_cmp_path_idx" ON "product_copy_cmp" USING btree ("_path");
  CREATE INDEX "product_copy_cmp_locale_idx" ON "product_copy_cmp" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_video_order_idx" ON "product_copy_blocks_video" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_video_parent_id_idx" ON "product_copy_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_video_path_idx" ON "product_copy_blocks_video" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_video_locale_idx" ON "product_copy_blocks_video" USING btree ("_locale");
  CREATE INDEX "product_copy_blocks_video_poster_idx" ON "product_copy_blocks_video" USING btree ("poster_id");
  CREATE INDEX "product_copy_blocks_code_sample_order_idx" ON "product_copy_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "product_copy_blocks_code_sample_parent_id_idx" ON "product_copy_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "product_copy_blocks_code_sample_path_idx" ON "product_copy_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "product_copy_blocks_code_sample_locale_idx" ON "product_copy_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "product_copy_gate_f_o_order_idx" ON "product_copy_gate_f_o" USING btree ("_order");
  CREATE INDEX "product_copy_gate_f_o_parent_id_idx" ON "product_copy_gate_f_o" USING btree ("_parent_id");
  CREATE INDEX "product_copy_gate_f_o_locale_idx" ON "product_copy_gate_f_o" USING btree ("_locale");
  CREATE INDEX "product_copy_gate_f_order_idx" ON "product_copy_gate_f" USING btree ("_order");
  CREATE INDEX "product_copy_gate_f_parent_id_idx" ON "product_copy_gate_f" USING btree ("_parent_id");
  CREATE INDEX "product_copy_gate_f_locale_idx" ON "product_copy_gate_f" USING btree ("_locale");
  CREATE INDEX "product_copy_gate_order_idx" ON "product_copy_gate" USING btree ("_order");
  CREATE INDEX "product_copy_gate_parent_id_idx" ON "product_copy_gate" USING btree ("_parent_id");
  CREATE INDEX "product_copy_gate_path_idx" ON "product_copy_gate" USING btree ("_path");
  CREATE INDEX "product_copy_gate_locale_idx" ON "product_copy_gate" USING btree ("_locale");
  CREATE INDEX "product_copy_gate_asset_idx" ON "product_copy_gate" USING btree ("asset_id");
  CREATE INDEX "product_copy_link_report_order_idx" ON "product_copy_link_report" USING btree ("_order");
  CREATE INDEX "product_copy_link_report_parent_id_idx" ON "product_copy_link_report" USING btree ("_parent_id");
  CREATE INDEX "product_copy_workflow_log_order_idx" ON "product_copy_workflow_log" USING btree ("_order");
  CREATE INDEX "product_copy_workflow_log_parent_id_idx" ON "product_copy_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "product_copy_workflow_log_by_idx" ON "product_copy_workflow_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "product_copy_slug_idx" ON "product_copy" USING btree ("slug");
  CREATE INDEX "product_copy_product_idx" ON "product_copy" USING btree ("product_id");
  CREATE INDEX "product_copy_workflow_state_idx" ON "product_copy" USING btree ("workflow_state");
  CREATE INDEX "product_copy_publish_at_idx" ON "product_copy" USING btree ("publish_at");
  CREATE INDEX "product_copy_unpublish_at_idx" ON "product_copy" USING btree ("unpublish_at");
  CREATE INDEX "product_copy_updated_at_idx" ON "product_copy" USING btree ("updated_at");
  CREATE INDEX "product_copy_created_at_idx" ON "product_copy" USING btree ("created_at");
  CREATE INDEX "product_copy__status_idx" ON "product_copy" USING btree ("_status");
  CREATE INDEX "product_copy_meta_meta_image_idx" ON "product_copy_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "product_copy_locales_locale_parent_id_unique" ON "product_copy_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_product_copy_v_blocks_hero_order_idx" ON "_product_copy_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_hero_parent_id_idx" ON "_product_copy_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_hero_path_idx" ON "_product_copy_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_hero_locale_idx" ON "_product_copy_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_hero_image_idx" ON "_product_copy_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_product_copy_v_blocks_rich_text_order_idx" ON "_product_copy_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_rich_text_parent_id_idx" ON "_product_copy_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_rich_text_path_idx" ON "_product_copy_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_rich_text_locale_idx" ON "_product_copy_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_features_order_idx" ON "_product_copy_v_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_features_parent_id_idx" ON "_product_copy_v_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_features_locale_idx" ON "_product_copy_v_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_order_idx" ON "_product_copy_v_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_parent_id_idx" ON "_product_copy_v_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_path_idx" ON "_product_copy_v_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_feature_grid_locale_idx" ON "_product_copy_v_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_stats_items_order_idx" ON "_product_copy_v_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_stats_items_parent_id_idx" ON "_product_copy_v_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_stats_items_locale_idx" ON "_product_copy_v_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_stats_order_idx" ON "_product_copy_v_blocks_stats" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_stats_parent_id_idx" ON "_product_copy_v_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_stats_path_idx" ON "_product_copy_v_blocks_stats" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_stats_locale_idx" ON "_product_copy_v_blocks_stats" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_testimonial_order_idx" ON "_product_copy_v_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_testimonial_parent_id_idx" ON "_product_copy_v_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_testimonial_path_idx" ON "_product_copy_v_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_testimonial_locale_idx" ON "_product_copy_v_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_testimonial_photo_idx" ON "_product_copy_v_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_logos_order_idx" ON "_product_copy_v_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_logos_parent_id_idx" ON "_product_copy_v_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_logos_locale_idx" ON "_product_copy_v_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_logos_media_idx" ON "_product_copy_v_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_order_idx" ON "_product_copy_v_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_parent_id_idx" ON "_product_copy_v_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_path_idx" ON "_product_copy_v_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_logo_wall_locale_idx" ON "_product_copy_v_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_call_to_action_order_idx" ON "_product_copy_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_call_to_action_parent_id_idx" ON "_product_copy_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_call_to_action_path_idx" ON "_product_copy_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_call_to_action_locale_idx" ON "_product_copy_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_faq_items_order_idx" ON "_product_copy_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_faq_items_parent_id_idx" ON "_product_copy_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_faq_items_locale_idx" ON "_product_copy_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_faq_order_idx" ON "_product_copy_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_faq_parent_id_idx" ON "_product_copy_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_faq_path_idx" ON "_product_copy_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_faq_locale_idx" ON "_product_copy_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "__product_copy_v_cmp_v_columns_order_idx" ON "__product_copy_v_cmp_v_columns" USING btree ("_order");
  CREATE INDEX "__product_copy_v_cmp_v_columns_parent_id_idx" ON "__product_copy_v_cmp_v_columns" USING btree ("_parent_id");
  CREATE INDEX "__product_copy_v_cmp_v_columns_locale_idx" ON "__product_copy_v_cmp_v_columns" USING btree ("_locale");
  CREATE INDEX "__product_copy_v_cmp_v_rows_values_order_idx" ON "__product_copy_v_cmp_v_rows_values" USING btree ("_order");
  CREATE INDEX "__product_copy_v_cmp_v_rows_values_parent_id_idx" ON "__product_copy_v_cmp_v_rows_values" USING btree ("_parent_id");
  CREATE INDEX "__product_copy_v_cmp_v_rows_values_locale_idx" ON "__product_copy_v_cmp_v_rows_values" USING btree ("_locale");
  CREATE INDEX "__product_copy_v_cmp_v_rows_order_idx" ON "__product_copy_v_cmp_v_rows" USING btree ("_order");
  CREATE INDEX "__product_copy_v_cmp_v_rows_parent_id_idx" ON "__product_copy_v_cmp_v_rows" USING btree ("_parent_id");
  CREATE INDEX "__product_copy_v_cmp_v_rows_locale_idx" ON "__product_copy_v_cmp_v_rows" USING btree ("_locale");
  CREATE INDEX "__product_copy_v_cmp_v_order_idx" ON "__product_copy_v_cmp_v" USING btree ("_order");
  CREATE INDEX "__product_copy_v_cmp_v_parent_id_idx" ON "__product_copy_v_cmp_v" USING btree ("_parent_id");
  CREATE INDEX "__product_copy_v_cmp_v_path_idx" ON "__product_copy_v_cmp_v" USING btree ("_path");
  CREATE INDEX "__product_copy_v_cmp_v_locale_idx" ON "__product_copy_v_cmp_v" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_video_order_idx" ON "_product_copy_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_video_parent_id_idx" ON "_product_copy_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_video_path_idx" ON "_product_copy_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_video_locale_idx" ON "_product_copy_v_blocks_video" USING btree ("_locale");
  CREATE INDEX "_product_copy_v_blocks_video_poster_idx" ON "_product_copy_v_blocks_video" USING btree ("poster_id");
  CREATE INDEX "_product_copy_v_blocks_code_sample_order_idx" ON "_product_copy_v_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "_product_copy_v_blocks_code_sample_parent_id_idx" ON "_product_copy_v_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_blocks_code_sample_path_idx" ON "_product_copy_v_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "_product_copy_v_blocks_code_sample_locale_idx" ON "_product_copy_v_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "____product_copy_v_gate_v_f_v_o_v_order_idx" ON "____product_copy_v_gate_v_f_v_o_v" USING btree ("_order");
  CREATE INDEX "____product_copy_v_gate_v_f_v_o_v_parent_id_idx" ON "____product_copy_v_gate_v_f_v_o_v" USING btree ("_parent_id");
  CREATE INDEX "____product_copy_v_gate_v_f_v_o_v_locale_idx" ON "____product_copy_v_gate_v_f_v_o_v" USING btree ("_locale");
  CREATE INDEX "___product_copy_v_gate_v_f_v_order_idx" ON "___product_copy_v_gate_v_f_v" USING btree ("_order");
  CREATE INDEX "___product_copy_v_gate_v_f_v_parent_id_idx" ON "___product_copy_v_gate_v_f_v" USING btree ("_parent_id");
  CREATE INDEX "___product_copy_v_gate_v_f_v_locale_idx" ON "___product_copy_v_gate_v_f_v" USING btree ("_locale");
  CREATE INDEX "__product_copy_v_gate_v_order_idx" ON "__product_copy_v_gate_v" USING btree ("_order");
  CREATE INDEX "__product_copy_v_gate_v_parent_id_idx" ON "__product_copy_v_gate_v" USING btree ("_parent_id");
  CREATE INDEX "__product_copy_v_gate_v_path_idx" ON "__product_copy_v_gate_v" USING btree ("_path");
  CREATE INDEX "__product_copy_v_gate_v_locale_idx" ON "__product_copy_v_gate_v" USING btree ("_locale");
  CREATE INDEX "__product_copy_v_gate_v_asset_idx" ON "__product_copy_v_gate_v" USING btree ("asset_id");
  CREATE INDEX "_product_copy_v_version_link_report_order_idx" ON "_product_copy_v_version_link_report" USING btree ("_order");
  CREATE INDEX "_product_copy_v_version_link_report_parent_id_idx" ON "_product_copy_v_version_link_report" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_version_workflow_log_order_idx" ON "_product_copy_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_product_copy_v_version_workflow_log_parent_id_idx" ON "_product_copy_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_product_copy_v_version_workflow_log_by_idx" ON "_product_copy_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_product_copy_v_parent_idx" ON "_product_copy_v" USING btree ("parent_id");
  CREATE INDEX "_product_copy_v_version_version_slug_idx" ON "_product_copy_v" USING btree ("version_slug");
  CREATE INDEX "_product_copy_v_version_version_product_idx" ON "_product_copy_v" USING btree ("version_product_id");
  CREATE INDEX "_product_copy_v_version_version_workflow_state_idx" ON "_product_copy_v" USING btree ("version_workflow_state");
  CREATE INDEX "_product_copy_v_version_version_publish_at_idx" ON "_product_copy_v" USING btree ("version_publish_at");
  CREATE INDEX "_product_copy_v_version_version_unpublish_at_idx" ON "_product_copy_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_product_copy_v_version_version_updated_at_idx" ON "_product_copy_v" USING btree ("version_updated_at");
  CREATE INDEX "_product_copy_v_version_version_created_at_idx" ON "_product_copy_v" USING btree ("version_created_at");
  CREATE INDEX "_product_copy_v_version_version__status_idx" ON "_product_copy_v" USING btree ("version__status");
  CREATE INDEX "_product_copy_v_created_at_idx" ON "_product_copy_v" USING btree ("created_at");
  CREATE INDEX "_product_copy_v_updated_at_idx" ON "_product_copy_v" USING btree ("updated_at");
  CREATE INDEX "_product_copy_v_snapshot_idx" ON "_product_copy_v" USING btree ("snapshot");
  CREATE INDEX "_product_copy_v_published_locale_idx" ON "_product_copy_v" USING btree ("published_locale");
  CREATE INDEX "_product_copy_v_latest_idx" ON "_product_copy_v" USING btree ("latest");
  CREATE INDEX "_product_copy_v_version_meta_version_meta_image_idx" ON "_product_copy_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_product_copy_v_locales_locale_parent_id_unique" ON "_product_copy_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_blocks_hero_order_idx" ON "articles_blocks_hero" USING btree ("_order");
  CREATE INDEX "articles_blocks_hero_parent_id_idx" ON "articles_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_hero_path_idx" ON "articles_blocks_hero" USING btree ("_path");
  CREATE INDEX "articles_blocks_hero_locale_idx" ON "articles_blocks_hero" USING btree ("_locale");
  CREATE INDEX "articles_blocks_hero_image_idx" ON "articles_blocks_hero" USING btree ("image_id");
  CREATE INDEX "articles_blocks_rich_text_order_idx" ON "articles_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "articles_blocks_rich_text_parent_id_idx" ON "articles_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_rich_text_path_idx" ON "articles_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "articles_blocks_rich_text_locale_idx" ON "articles_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "articles_blocks_feature_grid_features_order_idx" ON "articles_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "articles_blocks_feature_grid_features_parent_id_idx" ON "articles_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_feature_grid_features_locale_idx" ON "articles_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "articles_blocks_feature_grid_order_idx" ON "articles_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "articles_blocks_feature_grid_parent_id_idx" ON "articles_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_feature_grid_path_idx" ON "articles_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "articles_blocks_feature_grid_locale_idx" ON "articles_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "articles_blocks_stats_items_order_idx" ON "articles_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "articles_blocks_stats_items_parent_id_idx" ON "articles_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_stats_items_locale_idx" ON "articles_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "articles_blocks_stats_order_idx" ON "articles_blocks_stats" USING btree ("_order");
  CREATE INDEX "articles_blocks_stats_parent_id_idx" ON "articles_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_stats_path_idx" ON "articles_blocks_stats" USING btree ("_path");
  CREATE INDEX "articles_blocks_stats_locale_idx" ON "articles_blocks_stats" USING btree ("_locale");
  CREATE INDEX "articles_blocks_testimonial_order_idx" ON "articles_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "articles_blocks_testimonial_parent_id_idx" ON "articles_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_testimonial_path_idx" ON "articles_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "articles_blocks_testimonial_locale_idx" ON "articles_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "articles_blocks_testimonial_photo_idx" ON "articles_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "articles_blocks_logo_wall_logos_order_idx" ON "articles_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "articles_blocks_logo_wall_logos_parent_id_idx" ON "articles_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_logo_wall_logos_locale_idx" ON "articles_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "articles_blocks_logo_wall_logos_media_idx" ON "articles_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "articles_blocks_logo_wall_order_idx" ON "articles_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "articles_blocks_logo_wall_parent_id_idx" ON "articles_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_logo_wall_path_idx" ON "articles_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "articles_blocks_logo_wall_locale_idx" ON "articles_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "articles_blocks_call_to_action_order_idx" ON "articles_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "articles_blocks_call_to_action_parent_id_idx" ON "articles_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_call_to_action_path_idx" ON "articles_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "articles_blocks_call_to_action_locale_idx" ON "articles_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "articles_blocks_faq_items_order_idx" ON "articles_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "articles_blocks_faq_items_parent_id_idx" ON "articles_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_faq_items_locale_idx" ON "articles_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "articles_blocks_faq_order_idx" ON "articles_blocks_faq" USING btree ("_order");
  CREATE INDEX "articles_blocks_faq_parent_id_idx" ON "articles_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_faq_path_idx" ON "articles_blocks_faq" USING btree ("_path");
  CREATE INDEX "articles_blocks_faq_locale_idx" ON "articles_blocks_faq" USING btree ("_locale");
  CREATE INDEX "articles_cmp_columns_order_idx" ON "articles_cmp_columns" USING btree ("_order");
  CREATE INDEX "articles_cmp_columns_parent_id_idx" ON "articles_cmp_columns" USING btree ("_parent_id");
  CREATE INDEX "articles_cmp_columns_locale_idx" ON "articles_cmp_columns" USING btree ("_locale");
  CREATE INDEX "articles_cmp_rows_values_order_idx" ON "articles_cmp_rows_values" USING btree ("_order");
  CREATE INDEX "articles_cmp_rows_values_parent_id_idx" ON "articles_cmp_rows_values" USING btree ("_parent_id");
  CREATE INDEX "articles_cmp_rows_values_locale_idx" ON "articles_cmp_rows_values" USING btree ("_locale");
  CREATE INDEX "articles_cmp_rows_order_idx" ON "articles_cmp_rows" USING btree ("_order");
  CREATE INDEX "articles_cmp_rows_parent_id_idx" ON "articles_cmp_rows" USING btree ("_parent_id");
  CREATE INDEX "articles_cmp_rows_locale_idx" ON "articles_cmp_rows" USING btree ("_locale");
  CREATE INDEX "articles_cmp_order_idx" ON "articles_cmp" USING btree ("_order");
  CREATE INDEX "articles_cmp_parent_id_idx" ON "articles_cmp" USING btree ("_parent_id");
  CREATE INDEX "articles_cmp_path_idx" ON "articles_cmp" USING btree ("_path");
  CREATE INDEX "articles_cmp_locale_idx" ON "articles_cmp" USING btree ("_locale");
  CREATE INDEX "articles_blocks_video_order_idx" ON "articles_blocks_video" USING btree ("_order");
  CREATE INDEX "articles_blocks_video_parent_id_idx" ON "articles_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_video_path_idx" ON "articles_blocks_video" USING btree ("_path");
  CREATE INDEX "articles_blocks_video_locale_idx" ON "articles_blocks_video" USING btree ("_locale");
  CREATE INDEX "articles_blocks_video_poster_idx" ON "articles_blocks_video" USING btree ("poster_id");
  CREATE INDEX "articles_blocks_code_sample_order_idx" ON "articles_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "articles_blocks_code_sample_parent_id_idx" ON "articles_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "articles_blocks_code_sample_path_idx" ON "articles_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "articles_blocks_code_sample_locale_idx" ON "articles_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "articles_gate_f_o_order_idx" ON "articles_gate_f_o" USING btree ("_order");
  CREATE INDEX "articles_gate_f_o_parent_id_idx" ON "articles_gate_f_o" USING btree ("_parent_id");
  CREATE INDEX "articles_gate_f_o_locale_idx" ON "articles_gate_f_o" USING btree ("_locale");
  CREATE INDEX "articles_gate_f_order_idx" ON "articles_gate_f" USING btree ("_order");
  CREATE INDEX "articles_gate_f_parent_id_idx" ON "articles_gate_f" USING btree ("_parent_id");
  CREATE INDEX "articles_gate_f_locale_idx" ON "articles_gate_f" USING btree ("_locale");
  CREATE INDEX "articles_gate_order_idx" ON "articles_gate" USING btree ("_order");
  CREATE INDEX "articles_gate_parent_id_idx" ON "articles_gate" USING btree ("_parent_id");
  CREATE INDEX "articles_gate_path_idx" ON "articles_gate" USING btree ("_path");
  CREATE INDEX "articles_gate_locale_idx" ON "articles_gate" USING btree ("_locale");
  CREATE INDEX "articles_gate_asset_idx" ON "articles_gate" USING btree ("asset_id");
  CREATE INDEX "articles_link_report_order_idx" ON "articles_link_report" USING btree ("_order");
  CREATE INDEX "articles_link_report_parent_id_idx" ON "articles_link_report" USING btree ("_parent_id");
  CREATE INDEX "articles_workflow_log_order_idx" ON "articles_workflow_log" USING btree ("_order");
  CREATE INDEX "articles_workflow_log_parent_id_idx" ON "articles_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "articles_workflow_log_by_idx" ON "articles_workflow_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE INDEX "articles_topic_idx" ON "articles" USING btree ("topic");
  CREATE INDEX "articles_series_idx" ON "articles" USING btree ("series");
  CREATE INDEX "articles_product_idx" ON "articles" USING btree ("product_id");
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_publish_at_idx" ON "articles" USING btree ("publish_at");
  CREATE INDEX "articles_unpublish_at_idx" ON "articles" USING btree ("unpublish_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_texts_text_idx" ON "articles_texts" USING btree ("text");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_industries_id_idx" ON "articles_rels" USING btree ("industries_id");
  CREATE INDEX "articles_rels_growth_layers_id_idx" ON "articles_rels" USING btree ("growth_layers_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_blocks_hero_order_idx" ON "_articles_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_hero_parent_id_idx" ON "_articles_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_hero_path_idx" ON "_articles_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_hero_locale_idx" ON "_articles_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_hero_image_idx" ON "_articles_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_articles_v_blocks_rich_text_order_idx" ON "_articles_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_rich_text_parent_id_idx" ON "_articles_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_rich_text_path_idx" ON "_articles_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_rich_text_locale_idx" ON "_articles_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_feature_grid_features_order_idx" ON "_articles_v_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_feature_grid_features_parent_id_idx" ON "_articles_v_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_feature_grid_features_locale_idx" ON "_articles_v_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_feature_grid_order_idx" ON "_articles_v_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_feature_grid_parent_id_idx" ON "_articles_v_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_feature_grid_path_idx" ON "_articles_v_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_feature_grid_locale_idx" ON "_articles_v_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_stats_items_order_idx" ON "_articles_v_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_stats_items_parent_id_idx" ON "_articles_v_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_stats_items_locale_idx" ON "_articles_v_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_stats_order_idx" ON "_articles_v_blocks_stats" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_stats_parent_id_idx" ON "_articles_v_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_stats_path_idx" ON "_articles_v_blocks_stats" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_stats_locale_idx" ON "_articles_v_blocks_stats" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_testimonial_order_idx" ON "_articles_v_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_testimonial_parent_id_idx" ON "_articles_v_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_testimonial_path_idx" ON "_articles_v_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_testimonial_locale_idx" ON "_articles_v_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_testimonial_photo_idx" ON "_articles_v_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "_articles_v_blocks_logo_wall_logos_order_idx" ON "_articles_v_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_logo_wall_logos_parent_id_idx" ON "_articles_v_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_logo_wall_logos_locale_idx" ON "_articles_v_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_logo_wall_logos_media_idx" ON "_articles_v_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "_articles_v_blocks_logo_wall_order_idx" ON "_articles_v_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_logo_wall_parent_id_idx" ON "_articles_v_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_logo_wall_path_idx" ON "_articles_v_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_logo_wall_locale_idx" ON "_articles_v_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_call_to_action_order_idx" ON "_articles_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_call_to_action_parent_id_idx" ON "_articles_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_call_to_action_path_idx" ON "_articles_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_call_to_action_locale_idx" ON "_articles_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_faq_items_order_idx" ON "_articles_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_faq_items_parent_id_idx" ON "_articles_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_faq_items_locale_idx" ON "_articles_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_faq_order_idx" ON "_articles_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_faq_parent_id_idx" ON "_articles_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_faq_path_idx" ON "_articles_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_faq_locale_idx" ON "_articles_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "__articles_v_cmp_v_columns_order_idx" ON "__articles_v_cmp_v_columns" USING btree ("_order");
  CREATE INDEX "__articles_v_cmp_v_columns_parent_id_idx" ON "__articles_v_cmp_v_columns" USING btree ("_parent_id");
  CREATE INDEX "__articles_v_cmp_v_columns_locale_idx" ON "__articles_v_cmp_v_columns" USING btree ("_locale");
  CREATE INDEX "__articles_v_cmp_v_rows_values_order_idx" ON "__articles_v_cmp_v_rows_values" USING btree ("_order");
  CREATE INDEX "__articles_v_cmp_v_rows_values_parent_id_idx" ON "__articles_v_cmp_v_rows_values" USING btree ("_parent_id");
  CREATE INDEX "__articles_v_cmp_v_rows_values_locale_idx" ON "__articles_v_cmp_v_rows_values" USING btree ("_locale");
  CREATE INDEX "__articles_v_cmp_v_rows_order_idx" ON "__articles_v_cmp_v_rows" USING btree ("_order");
  CREATE INDEX "__articles_v_cmp_v_rows_parent_id_idx" ON "__articles_v_cmp_v_rows" USING btree ("_parent_id");
  CREATE INDEX "__articles_v_cmp_v_rows_locale_idx" ON "__articles_v_cmp_v_rows" USING btree ("_locale");
  CREATE INDEX "__articles_v_cmp_v_order_idx" ON "__articles_v_cmp_v" USING btree ("_order");
  CREATE INDEX "__articles_v_cmp_v_parent_id_idx" ON "__articles_v_cmp_v" USING btree ("_parent_id");
  CREATE INDEX "__articles_v_cmp_v_path_idx" ON "__articles_v_cmp_v" USING btree ("_path");
  CREATE INDEX "__articles_v_cmp_v_locale_idx" ON "__articles_v_cmp_v" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_video_order_idx" ON "_articles_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_video_parent_id_idx" ON "_articles_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_video_path_idx" ON "_articles_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_video_locale_idx" ON "_articles_v_blocks_video" USING btree ("_locale");
  CREATE INDEX "_articles_v_blocks_video_poster_idx" ON "_articles_v_blocks_video" USING btree ("poster_id");
  CREATE INDEX "_articles_v_blocks_code_sample_order_idx" ON "_articles_v_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "_articles_v_blocks_code_sample_parent_id_idx" ON "_articles_v_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_blocks_code_sample_path_idx" ON "_articles_v_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "_articles_v_blocks_code_sample_locale_idx" ON "_articles_v_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "____articles_v_gate_v_f_v_o_v_order_idx" ON "____articles_v_gate_v_f_v_o_v" USING btree ("_order");
  CREATE INDEX "____articles_v_gate_v_f_v_o_v_parent_id_idx" ON "____articles_v_gate_v_f_v_o_v" USING btree ("_parent_id");
  CREATE INDEX "____articles_v_gate_v_f_v_o_v_locale_idx" ON "____articles_v_gate_v_f_v_o_v" USING btree ("_locale");
  CREATE INDEX "___articles_v_gate_v_f_v_order_idx" ON "___articles_v_gate_v_f_v" USING btree ("_order");
  CREATE INDEX "___articles_v_gate_v_f_v_parent_id_idx" ON "___articles_v_gate_v_f_v" USING btree ("_parent_id");
  CREATE INDEX "___articles_v_gate_v_f_v_locale_idx" ON "___articles_v_gate_v_f_v" USING btree ("_locale");
  CREATE INDEX "__articles_v_gate_v_order_idx" ON "__articles_v_gate_v" USING btree ("_order");
  CREATE INDEX "__articles_v_gate_v_parent_id_idx" ON "__articles_v_gate_v" USING btree ("_parent_id");
  CREATE INDEX "__articles_v_gate_v_path_idx" ON "__articles_v_gate_v" USING btree ("_path");
  CREATE INDEX "__articles_v_gate_v_locale_idx" ON "__articles_v_gate_v" USING btree ("_locale");
  CREATE INDEX "__articles_v_gate_v_asset_idx" ON "__articles_v_gate_v" USING btree ("asset_id");
  CREATE INDEX "_articles_v_version_link_report_order_idx" ON "_articles_v_version_link_report" USING btree ("_order");
  CREATE INDEX "_articles_v_version_link_report_parent_id_idx" ON "_articles_v_version_link_report" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_workflow_log_order_idx" ON "_articles_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_articles_v_version_workflow_log_parent_id_idx" ON "_articles_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_workflow_log_by_idx" ON "_articles_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_articles_v_version_version_topic_idx" ON "_articles_v" USING btree ("version_topic");
  CREATE INDEX "_articles_v_version_version_series_idx" ON "_articles_v" USING btree ("version_series");
  CREATE INDEX "_articles_v_version_version_product_idx" ON "_articles_v" USING btree ("version_product_id");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_version_publish_at_idx" ON "_articles_v" USING btree ("version_publish_at");
  CREATE INDEX "_articles_v_version_version_unpublish_at_idx" ON "_articles_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_industries_id_idx" ON "_articles_v_rels" USING btree ("industries_id");
  CREATE INDEX "_articles_v_rels_growth_layers_id_idx" ON "_articles_v_rels" USING btree ("growth_layers_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "landing_pages_blocks_hero_order_idx" ON "landing_pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_hero_parent_id_idx" ON "landing_pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_hero_path_idx" ON "landing_pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_hero_locale_idx" ON "landing_pages_blocks_hero" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_hero_image_idx" ON "landing_pages_blocks_hero" USING btree ("image_id");
  CREATE INDEX "landing_pages_blocks_rich_text_order_idx" ON "landing_pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_rich_text_parent_id_idx" ON "landing_pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_rich_text_path_idx" ON "landing_pages_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_rich_text_locale_idx" ON "landing_pages_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_feature_grid_features_order_idx" ON "landing_pages_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_feature_grid_features_parent_id_idx" ON "landing_pages_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_feature_grid_features_locale_idx" ON "landing_pages_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_feature_grid_order_idx" ON "landing_pages_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_feature_grid_parent_id_idx" ON "landing_pages_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_feature_grid_path_idx" ON "landing_pages_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_feature_grid_locale_idx" ON "landing_pages_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_stats_items_order_idx" ON "landing_pages_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_stats_items_parent_id_idx" ON "landing_pages_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_stats_items_locale_idx" ON "landing_pages_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_stats_order_idx" ON "landing_pages_blocks_stats" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_stats_parent_id_idx" ON "landing_pages_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_stats_path_idx" ON "landing_pages_blocks_stats" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_stats_locale_idx" ON "landing_pages_blocks_stats" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_testimonial_order_idx" ON "landing_pages_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_testimonial_parent_id_idx" ON "landing_pages_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_testimonial_path_idx" ON "landing_pages_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_testimonial_locale_idx" ON "landing_pages_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_testimonial_photo_idx" ON "landing_pages_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "landing_pages_blocks_logo_wall_logos_order_idx" ON "landing_pages_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_logo_wall_logos_parent_id_idx" ON "landing_pages_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_logo_wall_logos_locale_idx" ON "landing_pages_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_logo_wall_logos_media_idx" ON "landing_pages_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "landing_pages_blocks_logo_wall_order_idx" ON "landing_pages_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_logo_wall_parent_id_idx" ON "landing_pages_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_logo_wall_path_idx" ON "landing_pages_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_logo_wall_locale_idx" ON "landing_pages_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_call_to_action_order_idx" ON "landing_pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_call_to_action_parent_id_idx" ON "landing_pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_call_to_action_path_idx" ON "landing_pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_call_to_action_locale_idx" ON "landing_pages_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_faq_items_order_idx" ON "landing_pages_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_faq_items_parent_id_idx" ON "landing_pages_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_faq_items_locale_idx" ON "landing_pages_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_faq_order_idx" ON "landing_pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_faq_parent_id_idx" ON "landing_pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_faq_path_idx" ON "landing_pages_blocks_faq" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_faq_locale_idx" ON "landing_pages_blocks_faq" USING btree ("_locale");
  CREATE INDEX "landing_pages_cmp_columns_order_idx" ON "landing_pages_cmp_columns" USING btree ("_order");
  CREATE INDEX "landing_pages_cmp_columns_parent_id_idx" ON "landing_pages_cmp_columns" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_cmp_columns_locale_idx" ON "landing_pages_cmp_columns" USING btree ("_locale");
  CREATE INDEX "landing_pages_cmp_rows_values_order_idx" ON "landing_pages_cmp_rows_values" USING btree ("_order");
  CREATE INDEX "landing_pages_cmp_rows_values_parent_id_idx" ON "landing_pages_cmp_rows_values" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_cmp_rows_values_locale_idx" ON "landing_pages_cmp_rows_values" USING btree ("_locale");
  CREATE INDEX "landing_pages_cmp_rows_order_idx" ON "landing_pages_cmp_rows" USING btree ("_order");
  CREATE INDEX "landing_pages_cmp_rows_parent_id_idx" ON "landing_pages_cmp_rows" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_cmp_rows_locale_idx" ON "landing_pages_cmp_rows" USING btree ("_locale");
  CREATE INDEX "landing_pages_cmp_order_idx" ON "landing_pages_cmp" USING btree ("_order");
  CREATE INDEX "landing_pages_cmp_parent_id_idx" ON "landing_pages_cmp" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_cmp_path_idx" ON "landing_pages_cmp" USING btree ("_path");
  CREATE INDEX "landing_pages_cmp_locale_idx" ON "landing_pages_cmp" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_video_order_idx" ON "landing_pages_blocks_video" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_video_parent_id_idx" ON "landing_pages_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_video_path_idx" ON "landing_pages_blocks_video" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_video_locale_idx" ON "landing_pages_blocks_video" USING btree ("_locale");
  CREATE INDEX "landing_pages_blocks_video_poster_idx" ON "landing_pages_blocks_video" USING btree ("poster_id");
  CREATE INDEX "landing_pages_blocks_code_sample_order_idx" ON "landing_pages_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_code_sample_parent_id_idx" ON "landing_pages_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_code_sample_path_idx" ON "landing_pages_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_code_sample_locale_idx" ON "landing_pages_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "landing_pages_gate_f_o_order_idx" ON "landing_pages_gate_f_o" USING btree ("_order");
  CREATE INDEX "landing_pages_gate_f_o_parent_id_idx" ON "landing_pages_gate_f_o" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_gate_f_o_locale_idx" ON "landing_pages_gate_f_o" USING btree ("_locale");
  CREATE INDEX "landing_pages_gate_f_order_idx" ON "landing_pages_gate_f" USING btree ("_order");
  CREATE INDEX "landing_pages_gate_f_parent_id_idx" ON "landing_pages_gate_f" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_gate_f_locale_idx" ON "landing_pages_gate_f" USING btree ("_locale");
  CREATE INDEX "landing_pages_gate_order_idx" ON "landing_pages_gate" USING btree ("_order");
  CREATE INDEX "landing_pages_gate_parent_id_idx" ON "landing_pages_gate" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_gate_path_idx" ON "landing_pages_gate" USING btree ("_path");
  CREATE INDEX "landing_pages_gate_locale_idx" ON "landing_pages_gate" USING btree ("_locale");
  CREATE INDEX "landing_pages_gate_asset_idx" ON "landing_pages_gate" USING btree ("asset_id");
  CREATE INDEX "landing_pages_link_report_order_idx" ON "landing_pages_link_report" USING btree ("_order");
  CREATE INDEX "landing_pages_link_report_parent_id_idx" ON "landing_pages_link_report" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_workflow_log_order_idx" ON "landing_pages_workflow_log" USING btree ("_order");
  CREATE INDEX "landing_pages_workflow_log_parent_id_idx" ON "landing_pages_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_workflow_log_by_idx" ON "landing_pages_workflow_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "landing_pages_slug_idx" ON "landing_pages" USING btree ("slug");
  CREATE INDEX "landing_pages_campaign_idx" ON "landing_pages" USING btree ("campaign_id");
  CREATE INDEX "landing_pages_workflow_state_idx" ON "landing_pages" USING btree ("workflow_state");
  CREATE INDEX "landing_pages_publish_at_idx" ON "landing_pages" USING btree ("publish_at");
  CREATE INDEX "landing_pages_unpublish_at_idx" ON "landing_pages" USING btree ("unpublish_at");
  CREATE INDEX "landing_pages_updated_at_idx" ON "landing_pages" USING btree ("updated_at");
  CREATE INDEX "landing_pages_created_at_idx" ON "landing_pages" USING btree ("created_at");
  CREATE INDEX "landing_pages__status_idx" ON "landing_pages" USING btree ("_status");
  CREATE INDEX "landing_pages_meta_meta_image_idx" ON "landing_pages_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "landing_pages_locales_locale_parent_id_unique" ON "landing_pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "landing_pages_rels_order_idx" ON "landing_pages_rels" USING btree ("order");
  CREATE INDEX "landing_pages_rels_parent_idx" ON "landing_pages_rels" USING btree ("parent_id");
  CREATE INDEX "landing_pages_rels_path_idx" ON "landing_pages_rels" USING btree ("path");
  CREATE INDEX "landing_pages_rels_growth_layers_id_idx" ON "landing_pages_rels" USING btree ("growth_layers_id");
  CREATE INDEX "_landing_pages_v_blocks_hero_order_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_hero_parent_id_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_hero_path_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_hero_locale_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_hero_image_idx" ON "_landing_pages_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_landing_pages_v_blocks_rich_text_order_idx" ON "_landing_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_rich_text_parent_id_idx" ON "_landing_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_rich_text_path_idx" ON "_landing_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_rich_text_locale_idx" ON "_landing_pages_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_features_order_idx" ON "_landing_pages_v_blocks_feature_grid_features" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_features_parent_id_idx" ON "_landing_pages_v_blocks_feature_grid_features" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_features_locale_idx" ON "_landing_pages_v_blocks_feature_grid_features" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_order_idx" ON "_landing_pages_v_blocks_feature_grid" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_parent_id_idx" ON "_landing_pages_v_blocks_feature_grid" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_path_idx" ON "_landing_pages_v_blocks_feature_grid" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_feature_grid_locale_idx" ON "_landing_pages_v_blocks_feature_grid" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_stats_items_order_idx" ON "_landing_pages_v_blocks_stats_items" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_stats_items_parent_id_idx" ON "_landing_pages_v_blocks_stats_items" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_stats_items_locale_idx" ON "_landing_pages_v_blocks_stats_items" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_stats_order_idx" ON "_landing_pages_v_blocks_stats" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_stats_parent_id_idx" ON "_landing_pages_v_blocks_stats" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_stats_path_idx" ON "_landing_pages_v_blocks_stats" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_stats_locale_idx" ON "_landing_pages_v_blocks_stats" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_order_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_parent_id_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_path_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_locale_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_photo_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("photo_id");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_logos_order_idx" ON "_landing_pages_v_blocks_logo_wall_logos" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_logos_parent_id_idx" ON "_landing_pages_v_blocks_logo_wall_logos" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_logos_locale_idx" ON "_landing_pages_v_blocks_logo_wall_logos" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_logos_media_idx" ON "_landing_pages_v_blocks_logo_wall_logos" USING btree ("media_id");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_order_idx" ON "_landing_pages_v_blocks_logo_wall" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_parent_id_idx" ON "_landing_pages_v_blocks_logo_wall" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_path_idx" ON "_landing_pages_v_blocks_logo_wall" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_logo_wall_locale_idx" ON "_landing_pages_v_blocks_logo_wall" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_call_to_action_order_idx" ON "_landing_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_call_to_action_parent_id_idx" ON "_landing_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_call_to_action_path_idx" ON "_landing_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_call_to_action_locale_idx" ON "_landing_pages_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_faq_items_order_idx" ON "_landing_pages_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_faq_items_parent_id_idx" ON "_landing_pages_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_faq_items_locale_idx" ON "_landing_pages_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_faq_order_idx" ON "_landing_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_faq_parent_id_idx" ON "_landing_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_faq_path_idx" ON "_landing_pages_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_faq_locale_idx" ON "_landing_pages_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "__landing_pages_v_cmp_v_columns_order_idx" ON "__landing_pages_v_cmp_v_columns" USING btree ("_order");
  CREATE INDEX "__landing_pages_v_cmp_v_columns_parent_id_idx" ON "__landing_pages_v_cmp_v_columns" USING btree ("_parent_id");
  CREATE INDEX "__landing_pages_v_cmp_v_columns_locale_idx" ON "__landing_pages_v_cmp_v_columns" USING btree ("_locale");
  CREATE INDEX "__landing_pages_v_cmp_v_rows_values_order_idx" ON "__landing_pages_v_cmp_v_rows_values" USING btree ("_order");
  CREATE INDEX "__landing_pages_v_cmp_v_rows_values_parent_id_idx" ON "__landing_pages_v_cmp_v_rows_values" USING btree ("_parent_id");
  CREATE INDEX "__landing_pages_v_cmp_v_rows_values_locale_idx" ON "__landing_pages_v_cmp_v_rows_values" USING btree ("_locale");
  CREATE INDEX "__landing_pages_v_cmp_v_rows_order_idx" ON "__landing_pages_v_cmp_v_rows" USING btree ("_order");
  CREATE INDEX "__landing_pages_v_cmp_v_rows_parent_id_idx" ON "__landing_pages_v_cmp_v_rows" USING btree ("_parent_id");
  CREATE INDEX "__landing_pages_v_cmp_v_rows_locale_idx" ON "__landing_pages_v_cmp_v_rows" USING btree ("_locale");
  CREATE INDEX "__landing_pages_v_cmp_v_order_idx" ON "__landing_pages_v_cmp_v" USING btree ("_order");
  CREATE INDEX "__landing_pages_v_cmp_v_parent_id_idx" ON "__landing_pages_v_cmp_v" USING btree ("_parent_id");
  CREATE INDEX "__landing_pages_v_cmp_v_path_idx" ON "__landing_pages_v_cmp_v" USING btree ("_path");
  CREATE INDEX "__landing_pages_v_cmp_v_locale_idx" ON "__landing_pages_v_cmp_v" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_video_order_idx" ON "_landing_pages_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_video_parent_id_idx" ON "_landing_pages_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_video_path_idx" ON "_landing_pages_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_video_locale_idx" ON "_landing_pages_v_blocks_video" USING btree ("_locale");
  CREATE INDEX "_landing_pages_v_blocks_video_poster_idx" ON "_landing_pages_v_blocks_video" USING btree ("poster_id");
  CREATE INDEX "_landing_pages_v_blocks_code_sample_order_idx" ON "_landing_pages_v_blocks_code_sample" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_code_sample_parent_id_idx" ON "_landing_pages_v_blocks_code_sample" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_code_sample_path_idx" ON "_landing_pages_v_blocks_code_sample" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_code_sample_locale_idx" ON "_landing_pages_v_blocks_code_sample" USING btree ("_locale");
  CREATE INDEX "____landing_pages_v_gate_v_f_v_o_v_order_idx" ON "____landing_pages_v_gate_v_f_v_o_v" USING btree ("_order");
  CREATE INDEX "____landing_pages_v_gate_v_f_v_o_v_parent_id_idx" ON "____landing_pages_v_gate_v_f_v_o_v" USING btree ("_parent_id");
  CREATE INDEX "____landing_pages_v_gate_v_f_v_o_v_locale_idx" ON "____landing_pages_v_gate_v_f_v_o_v" USING btree ("_locale");
  CREATE INDEX "___landing_pages_v_gate_v_f_v_order_idx" ON "___landing_pages_v_gate_v_f_v" USING btree ("_order");
  CREATE INDEX "___landing_pages_v_gate_v_f_v_parent_id_idx" ON "___landing_pages_v_gate_v_f_v" USING btree ("_parent_id");
  CREATE INDEX "___landing_pages_v_gate_v_f_v_locale_idx" ON "___landing_pages_v_gate_v_f_v" USING btree ("_locale");
  CREATE INDEX "__landing_pages_v_gate_v_order_idx" ON "__landing_pages_v_gate_v" USING btree ("_order");
  CREATE INDEX "__landing_pages_v_gate_v_parent_id_idx" ON "__landing_pages_v_gate_v" USING btree ("_parent_id");
  CREATE INDEX "__landing_pages_v_gate_v_path_idx" ON "__landing_pages_v_gate_v" USING btree ("_path");
  CREATE INDEX "__landing_pages_v_gate_v_locale_idx" ON "__landing_pages_v_gate_v" USING btree ("_locale");
  CREATE INDEX "__landing_pages_v_gate_v_asset_idx" ON "__landing_pages_v_gate_v" USING btree ("asset_id");
  CREATE INDEX "_landing_pages_v_version_link_report_order_idx" ON "_landing_pages_v_version_link_report" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_version_link_report_parent_id_idx" ON "_landing_pages_v_version_link_report" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_version_workflow_log_order_idx" ON "_landing_pages_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_version_workflow_log_parent_id_idx" ON "_landing_pages_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_version_workflow_log_by_idx" ON "_landing_pages_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_landing_pages_v_parent_idx" ON "_landing_pages_v" USING btree ("parent_id");
  CREATE INDEX "_landing_pages_v_version_version_slug_idx" ON "_landing_pages_v" USING btree ("version_slug");
  CREATE INDEX "_landing_pages_v_version_version_campaign_idx" ON "_landing_pages_v" USING btree ("version_campaign_id");
  CREATE INDEX "_landing_pages_v_version_version_workflow_state_idx" ON "_landing_pages_v" USING btree ("version_workflow_state");
  CREATE INDEX "_landing_pages_v_version_version_publish_at_idx" ON "_landing_pages_v" USING btree ("version_publish_at");
  CREATE INDEX "_landing_pages_v_version_version_unpublish_at_idx" ON "_landing_pages_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_landing_pages_v_version_version_updated_at_idx" ON "_landing_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_landing_pages_v_version_version_created_at_idx" ON "_landing_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_landing_pages_v_version_version__status_idx" ON "_landing_pages_v" USING btree ("version__status");
  CREATE INDEX "_landing_pages_v_created_at_idx" ON "_landing_pages_v" USING btree ("created_at");
  CREATE INDEX "_landing_pages_v_updated_at_idx" ON "_landing_pages_v" USING btree ("updated_at");
  CREATE INDEX "_landing_pages_v_snapshot_idx" ON "_landing_pages_v" USING btree ("snapshot");
  CREATE INDEX "_landing_pages_v_published_locale_idx" ON "_landing_pages_v" USING btree ("published_locale");
  CREATE INDEX "_landing_pages_v_latest_idx" ON "_landing_pages_v" USING btree ("latest");
  CREATE INDEX "_landing_pages_v_version_meta_version_meta_image_idx" ON "_landing_pages_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_landing_pages_v_locales_locale_parent_id_unique" ON "_landing_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_landing_pages_v_rels_order_idx" ON "_landing_pages_v_rels" USING btree ("order");
  CREATE INDEX "_landing_pages_v_rels_parent_idx" ON "_landing_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_landing_pages_v_rels_path_idx" ON "_landing_pages_v_rels" USING btree ("path");
  CREATE INDEX "_landing_pages_v_rels_growth_layers_id_idx" ON "_landing_pages_v_rels" USING btree ("growth_layers_id");
  CREATE UNIQUE INDEX "campaigns_key_idx" ON "campaigns" USING btree ("key");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_industries_id_idx" ON "campaigns_rels" USING btree ("industries_id");
  CREATE INDEX "campaigns_rels_growth_layers_id_idx" ON "campaigns_rels" USING btree ("growth_layers_id");
  CREATE INDEX "campaigns_rels_white_papers_id_idx" ON "campaigns_rels" USING btree ("white_papers_id");
  CREATE INDEX "campaigns_rels_guides_id_idx" ON "campaigns_rels" USING btree ("guides_id");
  CREATE INDEX "campaigns_rels_product_copy_id_idx" ON "campaigns_rels" USING btree ("product_copy_id");
  CREATE INDEX "campaigns_rels_articles_id_idx" ON "campaigns_rels" USING btree ("articles_id");
  CREATE INDEX "campaigns_rels_landing_pages_id_idx" ON "campaigns_rels" USING btree ("landing_pages_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx" ON "media" USING btree ("sizes_thumbnail_webp_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_card_webp_sizes_card_webp_filename_idx" ON "media" USING btree ("sizes_card_webp_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_hero_webp_sizes_hero_webp_filename_idx" ON "media" USING btree ("sizes_hero_webp_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "media_sizes_og_webp_sizes_og_webp_filename_idx" ON "media" USING btree ("sizes_og_webp_filename");
  CREATE UNIQUE INDEX "industries_slug_idx" ON "industries" USING btree ("slug");
  CREATE INDEX "industries_updated_at_idx" ON "industries" USING btree ("updated_at");
  CREATE INDEX "industries_created_at_idx" ON "industries" USING btree ("created_at");
  CREATE UNIQUE INDEX "industries_locales_locale_parent_id_unique" ON "industries_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "products_slug_idx" ON "products" USING btree ("slug");
  CREATE INDEX "products_updated_at_idx" ON "products" USING btree ("updated_at");
  CREATE INDEX "products_created_at_idx" ON "products" USING btree ("created_at");
  CREATE UNIQUE INDEX "products_locales_locale_parent_id_unique" ON "products_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "growth_layers_slug_idx" ON "growth_layers" USING btree ("slug");
  CREATE INDEX "growth_layers_updated_at_idx" ON "growth_layers" USING btree ("updated_at");
  CREATE INDEX "growth_layers_created_at_idx" ON "growth_layers" USING btree ("created_at");
  CREATE UNIQUE INDEX "growth_layers_locales_locale_parent_id_unique" ON "growth_layers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_white_papers_id_idx" ON "payload_locked_documents_rels" USING btree ("white_papers_id");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_product_copy_id_idx" ON "payload_locked_documents_rels" USING btree ("product_copy_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_landing_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("landing_pages_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_industries_id_idx" ON "payload_locked_documents_rels" USING btree ("industries_id");
  CREATE INDEX "payload_locked_documents_rels_products_id_idx" ON "payload_locked_documents_rels" USING btree ("products_id");
  CREATE INDEX "payload_locked_documents_rels_growth_layers_id_idx" ON "payload_locked_documents_rels" USING btree ("growth_layers_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "white_papers_blocks_hero" CASCADE;
  DROP TABLE "white_papers_blocks_rich_text" CASCADE;
  DROP TABLE "white_papers_blocks_feature_grid_features" CASCADE;
  DROP TABLE "white_papers_blocks_feature_grid" CASCADE;
  DROP TABLE "white_papers_blocks_stats_items" CASCADE;
  DROP TABLE "white_papers_blocks_stats" CASCADE;
  DROP TABLE "white_papers_blocks_testimonial" CASCADE;
  DROP TABLE "white_papers_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "white_papers_blocks_logo_wall" CASCADE;
  DROP TABLE "white_papers_blocks_call_to_action" CASCADE;
  DROP TABLE "white_papers_blocks_faq_items" CASCADE;
  DROP TABLE "white_papers_blocks_faq" CASCADE;
  DROP TABLE "white_papers_cmp_columns" CASCADE;
  DROP TABLE "white_papers_cmp_rows_values" CASCADE;
  DROP TABLE "white_papers_cmp_rows" CASCADE;
  DROP TABLE "white_papers_cmp" CASCADE;
  DROP TABLE "white_papers_blocks_video" CASCADE;
  DROP TABLE "white_papers_blocks_code_sample" CASCADE;
  DROP TABLE "white_papers_gate_f_o" CASCADE;
  DROP TABLE "white_papers_gate_f" CASCADE;
  DROP TABLE "white_papers_gate" CASCADE;
  DROP TABLE "white_papers_link_report" CASCADE;
  DROP TABLE "white_papers_workflow_log" CASCADE;
  DROP TABLE "white_papers" CASCADE;
  DROP TABLE "white_papers_locales" CASCADE;
  DROP TABLE "white_papers_texts" CASCADE;
  DROP TABLE "white_papers_rels" CASCADE;
  DROP TABLE "_white_papers_v_blocks_hero" CASCADE;
  DROP TABLE "_white_papers_v_blocks_rich_text" CASCADE;
  DROP TABLE "_white_papers_v_blocks_feature_grid_features" CASCADE;
  DROP TABLE "_white_papers_v_blocks_feature_grid" CASCADE;
  DROP TABLE "_white_papers_v_blocks_stats_items" CASCADE;
  DROP TABLE "_white_papers_v_blocks_stats" CASCADE;
  DROP TABLE "_white_papers_v_blocks_testimonial" CASCADE;
  DROP TABLE "_white_papers_v_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "_white_papers_v_blocks_logo_wall" CASCADE;
  DROP TABLE "_white_papers_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_white_papers_v_blocks_faq_items" CASCADE;
  DROP TABLE "_white_papers_v_blocks_faq" CASCADE;
  DROP TABLE "__white_papers_v_cmp_v_columns" CASCADE;
  DROP TABLE "__white_papers_v_cmp_v_rows_values" CASCADE;
  DROP TABLE "__white_papers_v_cmp_v_rows" CASCADE;
  DROP TABLE "__white_papers_v_cmp_v" CASCADE;
  DROP TABLE "_white_papers_v_blocks_video" CASCADE;
  DROP TABLE "_white_papers_v_blocks_code_sample" CASCADE;
  DROP TABLE "____white_papers_v_gate_v_f_v_o_v" CASCADE;
  DROP TABLE "___white_papers_v_gate_v_f_v" CASCADE;
  DROP TABLE "__white_papers_v_gate_v" CASCADE;
  DROP TABLE "_white_papers_v_version_link_report" CASCADE;
  DROP TABLE "_white_papers_v_version_workflow_log" CASCADE;
  DROP TABLE "_white_papers_v" CASCADE;
  DROP TABLE "_white_papers_v_locales" CASCADE;
  DROP TABLE "_white_papers_v_texts" CASCADE;
  DROP TABLE "_white_papers_v_rels" CASCADE;
  DROP TABLE "guides_steps" CASCADE;
  DROP TABLE "guides_blocks_hero" CASCADE;
  DROP TABLE "guides_blocks_rich_text" CASCADE;
  DROP TABLE "guides_blocks_feature_grid_features" CASCADE;
  DROP TABLE "guides_blocks_feature_grid" CASCADE;
  DROP TABLE "guides_blocks_stats_items" CASCADE;
  DROP TABLE "guides_blocks_stats" CASCADE;
  DROP TABLE "guides_blocks_testimonial" CASCADE;
  DROP TABLE "guides_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "guides_blocks_logo_wall" CASCADE;
  DROP TABLE "guides_blocks_call_to_action" CASCADE;
  DROP TABLE "guides_blocks_faq_items" CASCADE;
  DROP TABLE "guides_blocks_faq" CASCADE;
  DROP TABLE "guides_cmp_columns" CASCADE;
  DROP TABLE "guides_cmp_rows_values" CASCADE;
  DROP TABLE "guides_cmp_rows" CASCADE;
  DROP TABLE "guides_cmp" CASCADE;
  DROP TABLE "guides_blocks_video" CASCADE;
  DROP TABLE "guides_blocks_code_sample" CASCADE;
  DROP TABLE "guides_gate_f_o" CASCADE;
  DROP TABLE "guides_gate_f" CASCADE;
  DROP TABLE "guides_gate" CASCADE;
  DROP TABLE "guides_link_report" CASCADE;
  DROP TABLE "guides_workflow_log" CASCADE;
  DROP TABLE "guides_breadcrumbs" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "guides_texts" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_version_steps" CASCADE;
  DROP TABLE "_guides_v_blocks_hero" CASCADE;
  DROP TABLE "_guides_v_blocks_rich_text" CASCADE;
  DROP TABLE "_guides_v_blocks_feature_grid_features" CASCADE;
  DROP TABLE "_guides_v_blocks_feature_grid" CASCADE;
  DROP TABLE "_guides_v_blocks_stats_items" CASCADE;
  DROP TABLE "_guides_v_blocks_stats" CASCADE;
  DROP TABLE "_guides_v_blocks_testimonial" CASCADE;
  DROP TABLE "_guides_v_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "_guides_v_blocks_logo_wall" CASCADE;
  DROP TABLE "_guides_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_guides_v_blocks_faq_items" CASCADE;
  DROP TABLE "_guides_v_blocks_faq" CASCADE;
  DROP TABLE "__guides_v_cmp_v_columns" CASCADE;
  DROP TABLE "__guides_v_cmp_v_rows_values" CASCADE;
  DROP TABLE "__guides_v_cmp_v_rows" CASCADE;
  DROP TABLE "__guides_v_cmp_v" CASCADE;
  DROP TABLE "_guides_v_blocks_video" CASCADE;
  DROP TABLE "_guides_v_blocks_code_sample" CASCADE;
  DROP TABLE "____guides_v_gate_v_f_v_o_v" CASCADE;
  DROP TABLE "___guides_v_gate_v_f_v" CASCADE;
  DROP TABLE "__guides_v_gate_v" CASCADE;
  DROP TABLE "_guides_v_version_link_report" CASCADE;
  DROP TABLE "_guides_v_version_workflow_log" CASCADE;
  DROP TABLE "_guides_v_version_breadcrumbs" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "_guides_v_texts" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "product_copy_blocks_hero" CASCADE;
  DROP TABLE "product_copy_blocks_rich_text" CASCADE;
  DROP TABLE "product_copy_blocks_feature_grid_features" CASCADE;
  DROP TABLE "product_copy_blocks_feature_grid" CASCADE;
  DROP TABLE "product_copy_blocks_stats_items" CASCADE;
  DROP TABLE "product_copy_blocks_stats" CASCADE;
  DROP TABLE "product_copy_blocks_testimonial" CASCADE;
  DROP TABLE "product_copy_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "product_copy_blocks_logo_wall" CASCADE;
  DROP TABLE "product_copy_blocks_call_to_action" CASCADE;
  DROP TABLE "product_copy_blocks_faq_items" CASCADE;
  DROP TABLE "product_copy_blocks_faq" CASCADE;
  DROP TABLE "product_copy_cmp_columns" CASCADE;
  DROP TABLE "product_copy_cmp_rows_values" CASCADE;
  DROP TABLE "product_copy_cmp_rows" CASCADE;
  DROP TABLE "product_copy_cmp" CASCADE;
  DROP TABLE "product_copy_blocks_video" CASCADE;
  DROP TABLE "product_copy_blocks_code_sample" CASCADE;
  DROP TABLE "product_copy_gate_f_o" CASCADE;
  DROP TABLE "product_copy_gate_f" CASCADE;
  DROP TABLE "product_copy_gate" CASCADE;
  DROP TABLE "product_copy_link_report" CASCADE;
  DROP TABLE "product_copy_workflow_log" CASCADE;
  DROP TABLE "product_copy" CASCADE;
  DROP TABLE "product_copy_locales" CASCADE;
  DROP TABLE "_product_copy_v_blocks_hero" CASCADE;
  DROP TABLE "_product_copy_v_blocks_rich_text" CASCADE;
  DROP TABLE "_product_copy_v_blocks_feature_grid_features" CASCADE;
  DROP TABLE "_product_copy_v_blocks_feature_grid" CASCADE;
  DROP TABLE "_product_copy_v_blocks_stats_items" CASCADE;
  DROP TABLE "_product_copy_v_blocks_stats" CASCADE;
  DROP TABLE "_product_copy_v_blocks_testimonial" CASCADE;
  DROP TABLE "_product_copy_v_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "_product_copy_v_blocks_logo_wall" CASCADE;
  DROP TABLE "_product_copy_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_product_copy_v_blocks_faq_items" CASCADE;
  DROP TABLE "_product_copy_v_blocks_faq" CASCADE;
  DROP TABLE "__product_copy_v_cmp_v_columns" CASCADE;
  DROP TABLE "__product_copy_v_cmp_v_rows_values" CASCADE;
  DROP TABLE "__product_copy_v_cmp_v_rows" CASCADE;
  DROP TABLE "__product_copy_v_cmp_v" CASCADE;
  DROP TABLE "_product_copy_v_blocks_video" CASCADE;
  DROP TABLE "_product_copy_v_blocks_code_sample" CASCADE;
  DROP TABLE "____product_copy_v_gate_v_f_v_o_v" CASCADE;
  DROP TABLE "___product_copy_v_gate_v_f_v" CASCADE;
  DROP TABLE "__product_copy_v_gate_v" CASCADE;
  DROP TABLE "_product_copy_v_version_link_report" CASCADE;
  DROP TABLE "_product_copy_v_version_workflow_log" CASCADE;
  DROP TABLE "_product_copy_v" CASCADE;
  DROP TABLE "_product_copy_v_locales" CASCADE;
  DROP TABLE "articles_blocks_hero" CASCADE;
  DROP TABLE "articles_blocks_rich_text" CASCADE;
  DROP TABLE "articles_blocks_feature_grid_features" CASCADE;
  DROP TABLE "articles_blocks_feature_grid" CASCADE;
  DROP TABLE "articles_blocks_stats_items" CASCADE;
  DROP TABLE "articles_blocks_stats" CASCADE;
  DROP TABLE "articles_blocks_testimonial" CASCADE;
  DROP TABLE "articles_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "articles_blocks_logo_wall" CASCADE;
  DROP TABLE "articles_blocks_call_to_action" CASCADE;
  DROP TABLE "articles_blocks_faq_items" CASCADE;
  DROP TABLE "articles_blocks_faq" CASCADE;
  DROP TABLE "articles_cmp_columns" CASCADE;
  DROP TABLE "articles_cmp_rows_values" CASCADE;
  DROP TABLE "articles_cmp_rows" CASCADE;
  DROP TABLE "articles_cmp" CASCADE;
  DROP TABLE "articles_blocks_video" CASCADE;
  DROP TABLE "articles_blocks_code_sample" CASCADE;
  DROP TABLE "articles_gate_f_o" CASCADE;
  DROP TABLE "articles_gate_f" CASCADE;
  DROP TABLE "articles_gate" CASCADE;
  DROP TABLE "articles_link_report" CASCADE;
  DROP TABLE "articles_workflow_log" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_blocks_hero" CASCADE;
  DROP TABLE "_articles_v_blocks_rich_text" CASCADE;
  DROP TABLE "_articles_v_blocks_feature_grid_features" CASCADE;
  DROP TABLE "_articles_v_blocks_feature_grid" CASCADE;
  DROP TABLE "_articles_v_blocks_stats_items" CASCADE;
  DROP TABLE "_articles_v_blocks_stats" CASCADE;
  DROP TABLE "_articles_v_blocks_testimonial" CASCADE;
  DROP TABLE "_articles_v_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "_articles_v_blocks_logo_wall" CASCADE;
  DROP TABLE "_articles_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_articles_v_blocks_faq_items" CASCADE;
  DROP TABLE "_articles_v_blocks_faq" CASCADE;
  DROP TABLE "__articles_v_cmp_v_columns" CASCADE;
  DROP TABLE "__articles_v_cmp_v_rows_values" CASCADE;
  DROP TABLE "__articles_v_cmp_v_rows" CASCADE;
  DROP TABLE "__articles_v_cmp_v" CASCADE;
  DROP TABLE "_articles_v_blocks_video" CASCADE;
  DROP TABLE "_articles_v_blocks_code_sample" CASCADE;
  DROP TABLE "____articles_v_gate_v_f_v_o_v" CASCADE;
  DROP TABLE "___articles_v_gate_v_f_v" CASCADE;
  DROP TABLE "__articles_v_gate_v" CASCADE;
  DROP TABLE "_articles_v_version_link_report" CASCADE;
  DROP TABLE "_articles_v_version_workflow_log" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "landing_pages_blocks_hero" CASCADE;
  DROP TABLE "landing_pages_blocks_rich_text" CASCADE;
  DROP TABLE "landing_pages_blocks_feature_grid_features" CASCADE;
  DROP TABLE "landing_pages_blocks_feature_grid" CASCADE;
  DROP TABLE "landing_pages_blocks_stats_items" CASCADE;
  DROP TABLE "landing_pages_blocks_stats" CASCADE;
  DROP TABLE "landing_pages_blocks_testimonial" CASCADE;
  DROP TABLE "landing_pages_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "landing_pages_blocks_logo_wall" CASCADE;
  DROP TABLE "landing_pages_blocks_call_to_action" CASCADE;
  DROP TABLE "landing_pages_blocks_faq_items" CASCADE;
  DROP TABLE "landing_pages_blocks_faq" CASCADE;
  DROP TABLE "landing_pages_cmp_columns" CASCADE;
  DROP TABLE "landing_pages_cmp_rows_values" CASCADE;
  DROP TABLE "landing_pages_cmp_rows" CASCADE;
  DROP TABLE "landing_pages_cmp" CASCADE;
  DROP TABLE "landing_pages_blocks_video" CASCADE;
  DROP TABLE "landing_pages_blocks_code_sample" CASCADE;
  DROP TABLE "landing_pages_gate_f_o" CASCADE;
  DROP TABLE "landing_pages_gate_f" CASCADE;
  DROP TABLE "landing_pages_gate" CASCADE;
  DROP TABLE "landing_pages_link_report" CASCADE;
  DROP TABLE "landing_pages_workflow_log" CASCADE;
  DROP TABLE "landing_pages" CASCADE;
  DROP TABLE "landing_pages_locales" CASCADE;
  DROP TABLE "landing_pages_rels" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_feature_grid_features" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_feature_grid" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_stats_items" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_stats" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_testimonial" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_logo_wall_logos" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_logo_wall" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_faq_items" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_faq" CASCADE;
  DROP TABLE "__landing_pages_v_cmp_v_columns" CASCADE;
  DROP TABLE "__landing_pages_v_cmp_v_rows_values" CASCADE;
  DROP TABLE "__landing_pages_v_cmp_v_rows" CASCADE;
  DROP TABLE "__landing_pages_v_cmp_v" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_video" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_code_sample" CASCADE;
  DROP TABLE "____landing_pages_v_gate_v_f_v_o_v" CASCADE;
  DROP TABLE "___landing_pages_v_gate_v_f_v" CASCADE;
  DROP TABLE "__landing_pages_v_gate_v" CASCADE;
  DROP TABLE "_landing_pages_v_version_link_report" CASCADE;
  DROP TABLE "_landing_pages_v_version_workflow_log" CASCADE;
  DROP TABLE "_landing_pages_v" CASCADE;
  DROP TABLE "_landing_pages_v_locales" CASCADE;
  DROP TABLE "_landing_pages_v_rels" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "industries" CASCADE;
  DROP TABLE "industries_locales" CASCADE;
  DROP TABLE "products" CASCADE;
  DROP TABLE "products_locales" CASCADE;
  DROP TABLE "growth_layers" CASCADE;
  DROP TABLE "growth_layers_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_white_papers_blocks_feature_grid_columns";
  DROP TYPE "public"."enum_white_papers_blocks_call_to_action_style";
  DROP TYPE "public"."enum_white_papers_blocks_code_sample_language";
  DROP TYPE "public"."enum_white_papers_gate_f_type";
  DROP TYPE "public"."enum_white_papers_workflow_log_from";
  DROP TYPE "public"."enum_white_papers_workflow_log_to";
  DROP TYPE "public"."enum_white_papers_workflow_state";
  DROP TYPE "public"."enum_white_papers_status";
  DROP TYPE "public"."enum__white_papers_v_blocks_feature_grid_columns";
  DROP TYPE "public"."enum__white_papers_v_blocks_call_to_action_style";
  DROP TYPE "public"."enum__white_papers_v_blocks_code_sample_language";
  DROP TYPE "public"."enum____white_papers_v_gate_v_f_v_type";
  DROP TYPE "public"."enum__white_papers_v_version_workflow_log_from";
  DROP TYPE "public"."enum__white_papers_v_version_workflow_log_to";
  DROP TYPE "public"."enum__white_papers_v_version_workflow_state";
  DROP TYPE "public"."enum__white_papers_v_version_status";
  DROP TYPE "public"."enum__white_papers_v_published_locale";
  DROP TYPE "public"."enum_guides_blocks_feature_grid_columns";
  DROP TYPE "public"."enum_guides_blocks_call_to_action_style";
  DROP TYPE "public"."enum_guides_blocks_code_sample_language";
  DROP TYPE "public"."enum_guides_gate_f_type";
  DROP TYPE "public"."enum_guides_workflow_log_from";
  DROP TYPE "public"."enum_guides_workflow_log_to";
  DROP TYPE "public"."enum_guides_workflow_state";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_blocks_feature_grid_columns";
  DROP TYPE "public"."enum__guides_v_blocks_call_to_action_style";
  DROP TYPE "public"."enum__guides_v_blocks_code_sample_language";
  DROP TYPE "public"."enum____guides_v_gate_v_f_v_type";
  DROP TYPE "public"."enum__guides_v_version_workflow_log_from";
  DROP TYPE "public"."enum__guides_v_version_workflow_log_to";
  DROP TYPE "public"."enum__guides_v_version_workflow_state";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum_product_copy_blocks_feature_grid_columns";
  DROP TYPE "public"."enum_product_copy_blocks_call_to_action_style";
  DROP TYPE "public"."enum_product_copy_blocks_code_sample_language";
  DROP TYPE "public"."enum_product_copy_gate_f_type";
  DROP TYPE "public"."enum_product_copy_workflow_log_from";
  DROP TYPE "public"."enum_product_copy_workflow_log_to";
  DROP TYPE "public"."enum_product_copy_page";
  DROP TYPE "public"."enum_product_copy_workflow_state";
  DROP TYPE "public"."enum_product_copy_status";
  DROP TYPE "public"."enum__product_copy_v_blocks_feature_grid_columns";
  DROP TYPE "public"."enum__product_copy_v_blocks_call_to_action_style";
  DROP TYPE "public"."enum__product_copy_v_blocks_code_sample_language";
  DROP TYPE "public"."enum____product_copy_v_gate_v_f_v_type";
  DROP TYPE "public"."enum__product_copy_v_version_workflow_log_from";
  DROP TYPE "public"."enum__product_copy_v_version_workflow_log_to";
  DROP TYPE "public"."enum__product_copy_v_version_page";
  DROP TYPE "public"."enum__product_copy_v_version_workflow_state";
  DROP TYPE "public"."enum__product_copy_v_version_status";
  DROP TYPE "public"."enum__product_copy_v_published_locale";
  DROP TYPE "public"."enum_articles_blocks_feature_grid_columns";
  DROP TYPE "public"."enum_articles_blocks_call_to_action_style";
  DROP TYPE "public"."enum_articles_blocks_code_sample_language";
  DROP TYPE "public"."enum_articles_gate_f_type";
  DROP TYPE "public"."enum_articles_workflow_log_from";
  DROP TYPE "public"."enum_articles_workflow_log_to";
  DROP TYPE "public"."enum_articles_format";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_blocks_feature_grid_columns";
  DROP TYPE "public"."enum__articles_v_blocks_call_to_action_style";
  DROP TYPE "public"."enum__articles_v_blocks_code_sample_language";
  DROP TYPE "public"."enum____articles_v_gate_v_f_v_type";
  DROP TYPE "public"."enum__articles_v_version_workflow_log_from";
  DROP TYPE "public"."enum__articles_v_version_workflow_log_to";
  DROP TYPE "public"."enum__articles_v_version_format";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_landing_pages_blocks_feature_grid_columns";
  DROP TYPE "public"."enum_landing_pages_blocks_call_to_action_style";
  DROP TYPE "public"."enum_landing_pages_blocks_code_sample_language";
  DROP TYPE "public"."enum_landing_pages_gate_f_type";
  DROP TYPE "public"."enum_landing_pages_workflow_log_from";
  DROP TYPE "public"."enum_landing_pages_workflow_log_to";
  DROP TYPE "public"."enum_landing_pages_workflow_state";
  DROP TYPE "public"."enum_landing_pages_status";
  DROP TYPE "public"."enum__landing_pages_v_blocks_feature_grid_columns";
  DROP TYPE "public"."enum__landing_pages_v_blocks_call_to_action_style";
  DROP TYPE "public"."enum__landing_pages_v_blocks_code_sample_language";
  DROP TYPE "public"."enum____landing_pages_v_gate_v_f_v_type";
  DROP TYPE "public"."enum__landing_pages_v_version_workflow_log_from";
  DROP TYPE "public"."enum__landing_pages_v_version_workflow_log_to";
  DROP TYPE "public"."enum__landing_pages_v_version_workflow_state";
  DROP TYPE "public"."enum__landing_pages_v_version_status";
  DROP TYPE "public"."enum__landing_pages_v_published_locale";
  DROP TYPE "public"."enum_campaigns_goal";
  DROP TYPE "public"."enum_campaigns_lifecycle_stage";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
