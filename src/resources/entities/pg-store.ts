// Entity store on PostgreSQL: the same sorted keyset lists, counts, name-and-alias search, single entities, aliases and affiliations as the SQLite store.
import { aliasedTable, and, eq, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { pick } from '../../db/columns.js'
import { afterValues, keysetAfter, orderTerms, type SortColumn } from '../../db/keyset.js'
import { perShape } from '../../db/memo.js'
import { runPgScript, type PgDb } from '../../db/pg.js'
import { binary, shapeName } from '../../db/pg-sql.js'
import { affiliations, entities, entityAliases, entityRedirects } from '../../db/pg-schema.js'
import { createEntity, deleteEntity, mergeEntity, updateEntity } from './curation.js'
import { bm25Of, bm25Terms, pgMatchOf, searchVector, tsQuery } from '../../db/pg-search.js'
import {
  ENTITY_FIELDS, affiliationColumnsOf, aliasesById, entityKeyOf, missingFrom,
  type EntityListArgs, type EntityRow, type EntitySort, type EntityStore
} from './store.js'

/**
 * SQLite's `name COLLATE NOCASE`: under the C collation lower() folds ASCII A-Z only, as NOCASE
 * does (lower() in the database's locale would fold É to é too, and sort «Élysée» among the e's
 * where SQLite sorts it after z), and the result compares byte by byte as BINARY does. The
 * entities_name index (on lower(name) in the database's collation) does not serve this order:
 * entities are few enough to sort, and an index on this expression would.
 */
const folded = (text: AnyPgColumn | SQL) => sql`lower(${binary(text)})`

/** An entity's aliases as one text, in the order SQLite's group_concat reads them: the primary key's (entity_id, alias), so byte order. */
export const aliasesText = (separator: string): SQL =>
  sql`(SELECT string_agg(${entityAliases.alias}, ${sql.raw(`'${separator}'`)} ORDER BY ${binary(entityAliases.alias)}) FROM ${entityAliases} WHERE ${entityAliases.entityId} = ${entities.id})`

/**
 * An entity's searchable document, as SQLite's entities_fts row holds it: the name (weight A) and
 * every alias (weight B), weighed 2 : 1 as bm25(entities_fts, 2.0, 1.0) weighs the columns.
 */
const entityVector = sql`(setweight(${searchVector(entities.name)}, 'A') || setweight(${searchVector(aliasesText(' | '))}, 'B'))`

/**
 * The entities a search finds, as SQLite's FTS row matches them: every word in the name or in any
 * alias, so "meta model" finds the alias «Meta Model Llama» and a search may take one word from
 * the name and another from an alias. The GIN indexes on names and on aliases find the entities
 * holding the first word (placeholder `first`); the whole document then checks every word.
 */
export const entityMatch = sql`${entities.seq} IN (
  SELECT ${entities.seq} FROM ${entities} WHERE ${searchVector(entities.name)} @@ ${tsQuery('first')}
  UNION
  SELECT ${entities.seq} FROM ${entityAliases} JOIN ${entities} ON ${entities.id} = ${entityAliases.entityId} WHERE ${searchVector(entityAliases.alias)} @@ ${tsQuery('first')}
) AND ${entityVector} @@ ${tsQuery()}`

/** A relevance rank as SQLite's: bm25 over the name (2) and the aliases (1); placeholders from bm25Terms('entities'). */
export const entityRank = bm25Of(entityVector, [2, 1, 1, 1])

/** The placeholders a search fills: the whole tsquery text and its first word, which the indexes look up. */
export const matchParams = (query: string) => ({ match: query, first: query.split(' & ')[0]! })

function sortColumns (sort: EntitySort): SortColumn[] {
  if (sort === 'relevance') return [{ expr: entityRank, dir: 'asc' }, { expr: sql`${entities.seq}`, dir: 'asc' }]
  const dir = sort.startsWith('-') ? 'desc' : 'asc'
  const field = sort.replace('-', '')
  // A cursor holds the name as written, as on SQLite; it is folded here to compare as NOCASE compares it.
  const sortKey: SortColumn = field === 'name'
    ? { expr: folded(entities.name), dir, key: folded }
    : { expr: sql`${field === 'statementCount' ? entities.statementCount : field === 'subjectCount' ? entities.subjectCount : entities.mentionCount}`, dir }
  return [sortKey, { expr: binary(entities.id), dir }]
}

export function pgEntityStore (db: PgDb): EntityStore {
  const weigh = bm25Terms(db)
  const entityColumns = pick(entities, ENTITY_FIELDS)

  const filters = (shape: { type: boolean, match: boolean }) => [
    shape.type ? eq(entities.type, sql.placeholder('type')) : undefined,
    shape.match ? entityMatch : undefined
  ]

  const list = perShape((shape: { type: boolean, match: boolean, sort: EntitySort, after: boolean }) => {
    const order = sortColumns(shape.sort)
    const fields = shape.match ? { ...entityColumns, rank: entityRank } : entityColumns
    return db.select(fields).from(entities)
      .where(and(...filters(shape), shape.after ? keysetAfter(order) : undefined))
      .orderBy(...orderTerms(order))
      .limit(sql.placeholder('limit'))
      .prepare(shapeName('entities', shape))
  })

  const total = perShape((shape: { type: boolean, match: boolean }) =>
    db.select({ n: sql<number>`count(*)::int` }).from(entities).where(and(...filters(shape))).prepare(shapeName('entities_count', shape)))

  const byId = db.select(entityColumns).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare('entity_by_id')

  const aliasesOf = db.select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .where(sql`${entityAliases.entityId} = ANY(${sql.placeholder('ids')}::text[])`)
    .orderBy(binary(entityAliases.entityId), binary(entityAliases.alias))
    .prepare('entity_aliases_of')

  const fromEntity = aliasedTable(entities, 'from_entity')
  const toEntity = aliasedTable(entities, 'to_entity')
  const affiliationsOf = db.select(affiliationColumnsOf(affiliations, fromEntity, toEntity))
    .from(affiliations)
    .innerJoin(fromEntity, eq(fromEntity.id, affiliations.fromEntityId))
    .innerJoin(toEntity, eq(toEntity.id, affiliations.toEntityId))
    .where(sql`${affiliations.fromEntityId} = ${sql.placeholder('id')} OR ${affiliations.toEntityId} = ${sql.placeholder('id')}`)
    .orderBy(binary(affiliations.kind), binary(fromEntity.id), binary(toEntity.id))
    .prepare('entity_affiliations')

  const existsById = db.select({ id: entities.id }).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare('entity_exists')
  const knownAmong = db.select({ id: entities.id }).from(entities).where(sql`${entities.id} = ANY(${sql.placeholder('ids')}::text[])`).prepare('entities_known')
  const redirectOf = db.select({ toId: entityRedirects.toId }).from(entityRedirects).where(eq(entityRedirects.fromId, sql.placeholder('id'))).prepare('entity_redirect')

  return {
    async list (args: EntityListArgs): Promise<EntityRow[]> {
      const match = pgMatchOf(args.q)
      if (match === null) return []
      const search = match === undefined ? {} : { ...matchParams(match.query), ...await weigh('entities', match) }
      return list({ type: args.type !== undefined, match: match !== undefined, sort: args.sort, after: args.after !== undefined })
        .execute({ type: args.type, ...search, ...afterValues(args.after), limit: args.limit })
    },
    async count (args: Pick<EntityListArgs, 'type' | 'q'>): Promise<number> {
      const match = pgMatchOf(args.q)
      if (match === null) return 0
      return (await total({ type: args.type !== undefined, match: match !== undefined }).execute({ type: args.type, ...(match && matchParams(match.query)) }))[0]?.n ?? 0
    },
    keyOf: entityKeyOf,
    byId: async (id: string) => (await byId.execute({ id }))[0],
    exists: async (id: string) => (await existsById.execute({ id })).length > 0,
    async missing (ids: string[]): Promise<string[]> {
      if (ids.length === 0) return []
      return missingFrom(ids, await knownAmong.execute({ ids }))
    },
    aliases: async (ids: string[]) => aliasesById(ids, await aliasesOf.execute({ ids })),
    affiliations: async (id: string) => affiliationsOf.execute({ id }),
    redirect: async (id: string) => (await redirectOf.execute({ id }))[0]?.toId,
    create: async (input, keyId) => runPgScript(db, () => createEntity(input, keyId)),
    update: async (id, changes, keyId) => runPgScript(db, () => updateEntity(id, changes, keyId)),
    merge: async (from, into, keyId) => runPgScript(db, () => mergeEntity(from, into, keyId)),
    delete: async (id, keyId) => runPgScript(db, () => deleteEntity(id, keyId))
  }
}
