/**
 * drizzle-kit's SQLite generator adds a relationship column to an existing table with
 * `ALTER TABLE t ADD c integer REFERENCES x(id)`, which cannot carry `ON DELETE cascade`; its own push
 * then proposes rebuilding the table on every comparison (schema drift, see test/db/production.test.ts).
 * This rewrites such statements in a new migration's `up` into the rebuild drizzle-kit wants. The `down`
 * of the same migration holds the table as it was before (drizzle writes it as a rebuild), so the new
 * table is that one plus the added columns, their foreign keys and their indexes.
 */
const ADD = /  await db\.run\(sql`ALTER TABLE \\`(\w+)\\` ADD \\`(\w+)\\` integer REFERENCES (\w+)\(id\);`\)\n/g

export const rebuildAddedForeignKeys = (migration: string): string => {
  const downAt = migration.indexOf('export async function down')
  let up = migration.slice(0, downAt)
  const down = migration.slice(downAt)
  const adds = [...up.matchAll(ADD)].map((m) => ({ table: m[1], column: m[2], target: m[3] }))
  for (const table of new Set(adds.map((a) => a.table))) {
    const columns = adds.filter((a) => a.table === table)
    const create = `  await db.run(sql\`CREATE TABLE \\\`__new_${table}\\\``
    const start = down.indexOf(create)
    if (start < 0) throw new Error(`sqlite-fk-rebuild: the down migration does not rebuild ${table}; edit the migration by hand`)
    const from = down.lastIndexOf('  await db.run(sql`PRAGMA foreign_keys=OFF;`)', start)
    const to = down.indexOf('  await db.run(sql`PRAGMA foreign_keys=ON;`)', start) + '  await db.run(sql`PRAGMA foreign_keys=ON;`)\n'.length
    // New columns go before the last one (users_id: Users is the last collection in the config), as drizzle orders them.
    const lastColumn = /\n(  \t\\`\w+\\` integer,\n)(  \tFOREIGN KEY)/
    let rebuild = down.slice(from, to)
    rebuild = rebuild.replace(lastColumn, (_, col: string, fk: string) => `\n${columns.map((c) => `  \t\\\`${c.column}\\\` integer,\n`).join('')}${col}${fk}`)
    rebuild = rebuild.replace(/(ON DELETE cascade)\n  \);/, (_, end: string) => `${end},\n${columns.map((c) => `  \tFOREIGN KEY (\\\`${c.column}\\\`) REFERENCES \\\`${c.target}\\\`(\\\`id\\\`) ON UPDATE no action ON DELETE cascade`).join(',\n')}\n  );`)
    const indexes = down
      .slice(to)
      .split('\n')
      .filter((line) => line.includes(`CREATE INDEX \\\`${table}_`) && line.includes(`ON \\\`${table}\\\``))
    const added = columns.map((c) => `  await db.run(sql\`CREATE INDEX \\\`${table}_${c.column}_idx\\\` ON \\\`${table}\\\` (\\\`${c.column}\\\`);\`)`)
    // Remove the ALTERs and the indexes drizzle created for the added columns; the rebuild makes them.
    up = up.replace(ADD, (line, t: string) => (t === table ? '' : line))
    for (const line of added) up = up.replace(`${line}\n`, '')
    const note = '  // Rebuilt rather than ALTER TABLE … ADD … REFERENCES (scripts/sqlite-fk-rebuild.ts).\n'
    up = up.replace(/\n}\s*$/, `\n${note}${rebuild}${[...indexes, ...added].join('\n')}\n}\n\n`)
  }
  return up + down
}
