// Copying a whole knowledge base between a SQLite file and a PostgreSQL database (either way): tables in dependency order, page by page, in one destination transaction, with every table's row count and checksum compared before it commits.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { getTableColumns, getTableName } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type Database from 'better-sqlite3'
import type pg from 'pg'
import { openDb, type Db } from './index.js'
import { openPg, redactedUrl, type Pg } from './pg.js'
import * as schema from './schema.js'

/** A copy that cannot start (an unusable source, a destination that already holds data); the message is one line. */
export class CopyError extends Error {
  override name = 'CopyError'
}

type Kind = 'integer' | 'real' | 'text' | 'json'
interface Column { name: string, kind: Kind }
export interface TableSpec {
  name: string
  columns: Column[]
  /** The primary key, which pages and checksums follow. */
  key: string[]
  /** Columns the destination computes itself: generated ones, and the counters its triggers keep. */
  computed: Set<string>
  /** Not written row by row: the destination already has its rows (kb_version, row_counts). */
  derived: boolean
}

function spec (table: SQLiteTable, key: string[], { computed = [], derived = false }: { computed?: string[], derived?: boolean } = {}): TableSpec {
  const columns = Object.values(getTableColumns(table)).map((c) => ({
    name: c.name,
    kind: (c.dataType === 'json' ? 'json' : c.columnType === 'SQLiteReal' ? 'real' : c.dataType === 'number' ? 'integer' : 'text') as Kind,
    generated: c.generated !== undefined
  }))
  return {
    name: getTableName(table),
    columns: columns.map(({ name, kind }) => ({ name, kind })),
    key,
    computed: new Set([...columns.filter((c) => c.generated).map((c) => c.name), ...computed]),
    derived
  }
}

/**
 * Every table of the knowledge base, each after the tables it references. The entity counters are
 * left to the destination's triggers, which count the statements, subjects and mentions as they
 * arrive: copying them too would count every row twice. The checksum then shows the two agree.
 */
export const TABLES: TableSpec[] = [
  spec(schema.articles, ['seq']),
  spec(schema.entities, ['seq'], { computed: ['statement_count', 'subject_count', 'mention_count'] }),
  spec(schema.entityAliases, ['entity_id', 'alias']),
  spec(schema.entityRedirects, ['from_id']),
  spec(schema.affiliations, ['from_entity_id', 'kind', 'to_entity_id']),
  spec(schema.mentions, ['article_id', 'span_start', 'entity_id']),
  spec(schema.terms, ['article_id', 'span_start']),
  spec(schema.statements, ['seq']),
  spec(schema.statementSubjects, ['statement_id', 'entity_id']),
  spec(schema.marketEvents, ['id']),
  spec(schema.audit, ['seq']),
  spec(schema.kbVersion, ['id'], { derived: true }),
  spec(schema.rowCounts, ['table_name'], { derived: true })
]

/** The tables whose seq column is an identity on PostgreSQL. */
const SEQ_TABLES = ['articles', 'entities', 'statements', 'audit']

type Row = Record<string, unknown>

/** Rows as plain JavaScript values, whichever engine read them: numbers for numbers (node-postgres reads int8 as text, a boolean would be 0/1 on SQLite), JSON as its text. */
function normalise (table: TableSpec, row: Row): Row {
  for (const c of table.columns) {
    const v = row[c.name]
    if (v === null || v === undefined) row[c.name] = null
    else if (c.kind === 'integer' || c.kind === 'real') row[c.name] = Number(v)
    else row[c.name] = String(v)
  }
  return row
}

/** One side of a copy. Reads see one snapshot from the first to the last; writes happen in `write`'s one transaction. */
export interface Store {
  /** What to call it in messages (a PostgreSQL URL without its password). */
  label: string
  /** Up to `limit` rows after `after` (a key's values) in primary-key order, byte order for text on both engines. */
  page: (table: TableSpec, after: unknown[] | undefined, limit: number) => Promise<Row[]>
  /** Runs `work` in one transaction, committed when it returns true, rolled back when it returns false or throws. */
  write: (work: (writer: Writer) => Promise<boolean>) => Promise<boolean>
  close: () => Promise<void>
}

export interface Writer {
  hasRows: (table: TableSpec) => Promise<boolean>
  insert: (table: TableSpec, columns: string[], rows: Row[]) => Promise<void>
  setVersion: (version: number) => Promise<void>
  /** Moves each identity past the largest seq copied, so the next insert does not collide. */
  syncSequences: () => Promise<void>
}

/** True when `target` names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target)

/** Opens `target` (a PostgreSQL URL or a SQLite path) migrated; a source must already exist. */
export async function openStore (target: string, role: 'source' | 'destination'): Promise<Store> {
  if (isPostgresUrl(target)) return pgStore(await openPg({ url: target, poolMax: 2, statementTimeoutMs: 0 }), redactedUrl(target))
  // openDb would create a missing file: an empty source would "copy" nothing and report success.
  if (role === 'source' && (target === ':memory:' || !existsSync(target))) throw new CopyError(`no SQLite database at ${target}`)
  return sqliteStore(openDb(target), target)
}

const placeholders = (n: number, from: number, style: 'pg' | 'sqlite') =>
  Array.from({ length: n }, (_, i) => style === 'pg' ? `$${from + i}` : '?').join(', ')

function pageSql (table: TableSpec, after: boolean, limit: number, style: 'pg' | 'sqlite'): string {
  const kinds = new Map(table.columns.map((c) => [c.name, c.kind]))
  // PostgreSQL sorts text by the database's locale; "C" is byte order, which is SQLite's BINARY, so both read rows in one order.
  const keyed = table.key.map((k) => style === 'pg' && kinds.get(k) === 'text' ? `${k} COLLATE "C"` : k)
  const select = table.columns.map((c) => style === 'pg' && c.kind === 'json' ? `${c.name}::text AS ${c.name}` : c.name).join(', ')
  const where = after ? ` WHERE (${keyed.join(', ')}) > (${placeholders(keyed.length, 1, style)})` : ''
  return `SELECT ${select} FROM ${table.name}${where} ORDER BY ${keyed.join(', ')} LIMIT ${limit}`
}

/** A copy's side on an opened SQLite database; closing it closes the database. */
export function sqliteStore (db: Db, label: string): Store {
  const client = db.$client
  let reading = false
  const statements = new Map<string, Database.Statement<unknown[]>>()
  const prepared = (text: string) => {
    let s = statements.get(text)
    if (s === undefined) statements.set(text, s = client.prepare<unknown[]>(text))
    return s
  }
  return {
    label,
    async page (table, after, limit) {
      // A deferred transaction takes its snapshot at the first read and keeps it (WAL), so a write
      // landing mid-copy is not half copied.
      if (!reading && !client.inTransaction) {
        client.exec('BEGIN')
        reading = true
      }
      return (prepared(pageSql(table, after !== undefined, limit, 'sqlite')).all(...(after ?? [])) as Row[]).map((r) => normalise(table, r))
    },
    async write (work) {
      client.exec('BEGIN IMMEDIATE')
      let commit = false
      try {
        commit = await work({
          hasRows: async (table) => prepared(`SELECT 1 FROM ${table.name} LIMIT 1`).get() !== undefined,
          insert: async (table, columns, rows) => {
            const insert = prepared(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${placeholders(columns.length, 1, 'sqlite')})`)
            for (const row of rows) insert.run(...columns.map((c) => row[c]))
          },
          setVersion: async (version) => { prepared('UPDATE kb_version SET version = ? WHERE id = 1').run(version) },
          // A rowid is the largest plus one already.
          syncSequences: async () => undefined
        })
      } finally {
        client.exec(commit ? 'COMMIT' : 'ROLLBACK')
      }
      return commit
    },
    async close () {
      if (reading && client.inTransaction) client.exec('ROLLBACK')
      client.close()
    }
  }
}

/** Any fixed key ('wsw' + 2); migrations take 'wsw' + 1 (db/pg.ts). */
const COPY_LOCK = 0x77737702

/** A copy's side on an opened PostgreSQL pool; closing it ends the pool. */
export function pgStore (pgHandle: Pg, label: string): Store {
  let reader: Promise<pg.PoolClient> | undefined
  const snapshot = async () => {
    const client = await pgHandle.pool.connect()
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    return client
  }
  let writing: pg.PoolClient | undefined
  return {
    label,
    async page (table, after, limit) {
      // Inside the copy's own transaction (verifying what it wrote), read there; else from one snapshot.
      const client = writing ?? await (reader ??= snapshot())
      const { rows } = await client.query(pageSql(table, after !== undefined, limit, 'pg'), after ?? [])
      return rows.map((r: Row) => normalise(table, r))
    },
    async write (work) {
      const client = await pgHandle.pool.connect()
      let commit = false
      try {
        await client.query('BEGIN')
        // Copies into one database wait for each other (two instances seeding an empty database at
        // once): the second then finds the first's rows and is refused, instead of failing halfway
        // on a unique key. Released at COMMIT or ROLLBACK.
        await client.query('SELECT pg_advisory_xact_lock($1)', [COPY_LOCK])
        writing = client
        commit = await work({
          hasRows: async (table) => (await client.query(`SELECT 1 FROM ${table.name} LIMIT 1`)).rowCount !== 0,
          insert: async (table, columns, rows) => {
            const values = rows.map((_, i) => `(${placeholders(columns.length, i * columns.length + 1, 'pg')})`)
            await client.query(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES ${values.join(', ')}`, rows.flatMap((r) => columns.map((c) => r[c])))
          },
          setVersion: async (version) => { await client.query('UPDATE kb_version SET version = $1 WHERE id = 1', [version]) },
          syncSequences: async () => {
            for (const name of SEQ_TABLES) {
              await client.query(`SELECT setval(pg_get_serial_sequence('${name}', 'seq'), coalesce((SELECT max(seq) FROM ${name}), 0) + 1, false)`)
            }
          }
        })
      } finally {
        writing = undefined
        await client.query(commit ? 'COMMIT' : 'ROLLBACK').finally(() => client.release())
      }
      return commit
    },
    async close () {
      if (reader !== undefined) {
        const client = await reader
        await client.query('ROLLBACK').finally(() => client.release())
      }
      await pgHandle.close()
    }
  }
}

/** Every row of `table` in primary-key order, `batchSize` at a time. */
async function * rowsOf (store: Store, table: TableSpec, batchSize: number): AsyncGenerator<Row[]> {
  let after: unknown[] | undefined
  for (;;) {
    const rows = await store.page(table, after, batchSize)
    if (rows.length > 0) yield rows
    if (rows.length < batchSize) return
    const last = rows[rows.length - 1]!
    after = table.key.map((k) => last[k])
  }
}

export interface TableSum { table: string, rows: number, checksum: string }

/**
 * Row count and SHA-256 of one table: each row is the JSON array of its columns' values in schema
 * order, one per line, in primary-key order. Values are normalised first, so an int8 read as text or
 * a JSON column read as an object on one engine hashes as the other engine's number or text.
 */
export async function tableSum (store: Store, table: TableSpec, batchSize = 1000): Promise<TableSum> {
  const hash = createHash('sha256')
  let rows = 0
  for await (const batch of rowsOf(store, table, batchSize)) {
    for (const row of batch) hash.update(`${JSON.stringify(table.columns.map((c) => row[c.name]))}\n`)
    rows += batch.length
  }
  return { table: table.name, rows, checksum: hash.digest('hex') }
}

export interface TableReport { table: string, rows: number, sourceRows: number, checksum: string, sourceChecksum: string, ok: boolean }

export interface CopyOptions {
  /** Rows per read and per insert. */
  batchSize?: number
  /** Called after each batch is written (the tests fail a copy half way through here). */
  afterBatch?: (table: string, rowsSoFar: number) => void | Promise<void>
}

export interface CopyResult {
  tables: TableReport[]
  /** False when a table differed: the destination was rolled back and holds what it held before. */
  committed: boolean
}

/**
 * Copies every table of `from` into `to`, which must hold no knowledge base yet (refused with a
 * CopyError otherwise), in one transaction of `to`: the counts and checksums of both sides are
 * compared inside it, and it commits only when every table agrees.
 */
export async function copyKnowledgeBase (from: Store, to: Store, { batchSize = 500, afterBatch }: CopyOptions = {}): Promise<CopyResult> {
  let tables: TableReport[] = []
  const committed = await to.write(async (writer) => {
    for (const table of TABLES) {
      if (!table.derived && await writer.hasRows(table)) throw new CopyError(`${to.label} already holds ${table.name}: copy into an empty database`)
    }
    for (const table of TABLES) {
      if (table.derived) continue
      const columns = table.columns.map((c) => c.name).filter((c) => !table.computed.has(c))
      let copied = 0
      for await (const batch of rowsOf(from, table, batchSize)) {
        await writer.insert(table, columns, batch)
        copied += batch.length
        await afterBatch?.(table.name, copied)
      }
    }
    const [version] = await from.page(TABLES.find((t) => t.name === 'kb_version')!, undefined, 1)
    // The triggers bumped it once per row copied; the source's number keeps the version history's meaning.
    await writer.setVersion(Number(version?.version ?? 0))
    await writer.syncSequences()
    tables = []
    for (const table of TABLES) {
      const [source, copy] = [await tableSum(from, table, batchSize), await tableSum(to, table, batchSize)]
      tables.push({ table: table.name, rows: copy.rows, sourceRows: source.rows, checksum: copy.checksum, sourceChecksum: source.checksum, ok: source.rows === copy.rows && source.checksum === copy.checksum })
    }
    return tables.every((t) => t.ok)
  })
  return { tables, committed }
}

/** Opens both ends, copies, and closes them again whatever happens. */
export async function copyBetween (fromTarget: string, toTarget: string, options: CopyOptions = {}): Promise<CopyResult> {
  if (fromTarget === toTarget) throw new CopyError('--from and --to name the same database')
  const from = await openStore(fromTarget, 'source')
  try {
    const to = await openStore(toTarget, 'destination')
    try {
      return await copyKnowledgeBase(from, to, options)
    } finally {
      await to.close()
    }
  } finally {
    await from.close()
  }
}
