import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildClickRollups } from '../../attribution/rollups/click-rollups'
import { BOT_CLICKS_DIMENSION } from '../../attribution/rollups/keys'

// Data only (no schema change): click rollups now also count bot clicks per content item; rebuilt once from the clicks.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of rebuildClickRollups('sqlite')) await db.run(sql.raw(statement.sql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw(`DELETE FROM click_rollups WHERE dimension = '${BOT_CLICKS_DIMENSION}'`))
}
