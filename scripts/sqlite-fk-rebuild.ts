/**
 * drizzle-kit's SQLite generator adds a relationship column to an existing table with
 * `ALTER TABLE t ADD c integer REFERENCES x(id)`, which cannot carry `ON DELETE …`; its own push then
 * proposes rebuilding the table on every comparison (schema drift, see test/db/production.test.ts).
 * This rewrites such statements in a new migration's `up` into that rebuild, written from the
 * migration's snapshot (the `.json` beside it, the schema after the migration): the table with every
 * column in order, its foreign keys, then all its indexes (a DROP TABLE drops them).
 */
type Column = { name: string; type: string; primaryKey: boolean; notNull: boolean; default?: unknown }
type ForeignKey = { columnsFrom: string[]; tableTo: string; columnsTo: string[]; onDelete?: string; onUpdate?: string }
type Table = { columns: Record<string, Column>; indexes: Record<string, { name: string; columns: string[]; isUnique: boolean }>; foreignKeys: Record<string, ForeignKey> }
export type Snapshot = { tables: Record<string, Table> }

const ADD = /  await db\.run\(sql`ALTER TABLE \\`(\w+)\\` ADD \\`(\w+)\\` integer REFERENCES (\w+)\(id\);`\)\n/g
const q = (name: string) => `\\\`${name}\\\``
const run = (statement: string) => `  await db.run(sql\`${statement}\`)\n`

const rebuild = (name: string, table: Table, added: Set<string>): string => {
  const columns = Object.values(table.columns)
  const definitions = [
    ...columns.map(
      (c) => `  \t${q(c.name)} ${c.type}${c.primaryKey ? ' PRIMARY KEY' : ''}${c.notNull ? ' NOT NULL' : ''}${c.default === undefined ? '' : ` DEFAULT ${String(c.default)}`}`,
    ),
    ...Object.values(table.foreignKeys).map(
      (fk) =>
        `  \tFOREIGN KEY (${fk.columnsFrom.map(q).join(', ')}) REFERENCES ${q(fk.tableTo)}(${fk.columnsTo.map(q).join(', ')}) ON UPDATE ${fk.onUpdate ?? 'no action'} ON DELETE ${fk.onDelete ?? 'no action'}`,
    ),
  ]
  const kept = columns.filter((c) => !added.has(c.name)).map((c) => `"${c.name}"`).join(', ')
  return [
    run('PRAGMA foreign_keys=OFF;'),
    run(`CREATE TABLE ${q(`__new_${name}`)} (\n${definitions.join(',\n')}\n  );\n  `),
    run(`INSERT INTO ${q(`__new_${name}`)}(${kept}) SELECT ${kept} FROM ${q(name)};`),
    run(`DROP TABLE ${q(name)};`),
    run(`ALTER TABLE ${q(`__new_${name}`)} RENAME TO ${q(name)};`),
    run('PRAGMA foreign_keys=ON;'),
    ...Object.values(table.indexes).map((i) => run(`CREATE ${i.isUnique ? 'UNIQUE ' : ''}INDEX ${q(i.name)} ON ${q(name)} (${i.columns.map(q).join(',')});`)),
  ].join('')
}

export const rebuildAddedForeignKeys = (migration: string, snapshot: Snapshot): string => {
  const downAt = migration.indexOf('export async function down')
  let up = migration.slice(0, downAt)
  const down = migration.slice(downAt)
  const adds = [...up.matchAll(ADD)].map((m) => ({ table: m[1], column: m[2] }))
  for (const name of new Set(adds.map((a) => a.table))) {
    const table = snapshot.tables[name]
    if (!table) throw new Error(`sqlite-fk-rebuild: the snapshot has no table ${name}; edit the migration by hand`)
    // Drop the ALTERs and every index statement on the table from `up`: the rebuild writes them all.
    up = up.replace(ADD, (line, t: string) => (t === name ? '' : line))
    up = up
      .split('\n')
      .filter((line) => !(/CREATE (UNIQUE )?INDEX/.test(line) && line.includes(`ON ${q(name)} (`)))
      .join('\n')
    const note = '  // Rebuilt rather than ALTER TABLE … ADD … REFERENCES (scripts/sqlite-fk-rebuild.ts).\n'
    up = up.replace(/\n}\s*$/, `\n${note}${rebuild(name, table, new Set(adds.filter((a) => a.table === name).map((a) => a.column)))}}\n\n`)
  }
  return up + down
}
