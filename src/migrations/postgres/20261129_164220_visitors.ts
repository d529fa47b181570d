import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_clicks_bot_reason" ADD VALUE 'scanner';
  CREATE TABLE "visitor_salts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"salt" varchar NOT NULL
  );
  
  ALTER TABLE "clicks" ADD COLUMN "visitor_id" varchar;
  ALTER TABLE "clicks" ADD COLUMN "channel_group" varchar;
  ALTER TABLE "events" ADD COLUMN "visitor_id" varchar;
  ALTER TABLE "events" ADD COLUMN "channel_group" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visitor_salts_id" integer;
  CREATE UNIQUE INDEX "visitor_salts_day_idx" ON "visitor_salts" USING btree ("day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visitor_salts_fk" FOREIGN KEY ("visitor_salts_id") REFERENCES "public"."visitor_salts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_visitor_salts_id_idx" ON "payload_locked_documents_rels" USING btree ("visitor_salts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visitor_salts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "visitor_salts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visitor_salts_fk";
  
  ALTER TABLE "clicks" ALTER COLUMN "bot_reason" SET DATA TYPE text;
  DROP TYPE "public"."enum_clicks_bot_reason";
  CREATE TYPE "public"."enum_clicks_bot_reason" AS ENUM('user-agent', 'head', 'prefetch');
  ALTER TABLE "clicks" ALTER COLUMN "bot_reason" SET DATA TYPE "public"."enum_clicks_bot_reason" USING "bot_reason"::"public"."enum_clicks_bot_reason";
  DROP INDEX "payload_locked_documents_rels_visitor_salts_id_idx";
  ALTER TABLE "clicks" DROP COLUMN "visitor_id";
  ALTER TABLE "clicks" DROP COLUMN "channel_group";
  ALTER TABLE "events" DROP COLUMN "visitor_id";
  ALTER TABLE "events" DROP COLUMN "channel_group";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visitor_salts_id";`)
}
