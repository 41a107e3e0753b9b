// Entity store (drizzle, prepared): sorted keyset lists with type filter and full-text name/alias search, one entity with its aliases and affiliations, and which ids name no entity.
import { aliasedTable, and, eq, sql } from 'drizzle-orm'
import { pick, type EitherTable } from '../../db/columns.js'
import type { Db } from '../../db/index.js'
import { afterValues, keysetAfter, limited, orderTerms, type SortColumn } from '../../db/keyset.js'
import { mappedRows, perShape, prepared } from '../../db/memo.js'
import { matchOf } from '../../db/search.js'
import { affiliations, entities, entityAliases, entityRedirects, type EntityType, type Origin } from '../../db/schema.js'
import { runScript } from '../../db/script.js'
import { createEntity, deleteEntity, mergeEntity, updateEntity, type EntityChanges, type NewEntity } from './curation.js'

export const ENTITY_SORTS = ['name', '-name', 'statementCount', '-statementCount', 'subjectCount', '-subjectCount', 'mentionCount', '-mentionCount', 'relevance'] as const
export type EntitySort = (typeof ENTITY_SORTS)[number]

const rank = sql<number>`bm25(entities_fts, 2.0, 1.0)`

/** Sort columns; the id breaks ties in the same direction, so one index serves both directions. */
function sortColumns (sort: EntitySort): SortColumn[] {
  if (sort === 'relevance') return [{ expr: rank, dir: 'asc' }, { expr: sql`${entities.seq}`, dir: 'asc' }]
  const dir = sort.startsWith('-') ? 'desc' : 'asc'
  const field = sort.replace('-', '')
  const expr = field === 'name'
    ? sql`${entities.name} COLLATE NOCASE`
    : sql`${field === 'statementCount' ? entities.statementCount : field === 'subjectCount' ? entities.subjectCount : entities.mentionCount}`
  return [{ expr, dir }, { expr: sql`${entities.id}`, dir }]
}

/** An entity's fields, as both engines' stores pick them from their entities table. */
export const ENTITY_FIELDS = ['seq', 'id', 'name', 'type', 'description', 'origin', 'statementCount', 'subjectCount', 'mentionCount'] as const

const entityColumns = pick(entities, ENTITY_FIELDS)

export interface EntityListArgs {
  type?: EntityType | undefined
  /** A search of names and aliases, as the client typed it. */
  q?: string | undefined
  sort: EntitySort
  after?: readonly (string | number)[] | undefined
  limit: number
}

export interface EntityRow {
  seq: number
  id: string
  name: string
  type: EntityType
  description: string
  origin: Origin
  statementCount: number
  subjectCount: number
  mentionCount: number
  rank?: number
}

/** The sort key of a row, as a cursor stores it. */
export function entityKeyOf (row: EntityRow, sort: EntitySort): (string | number)[] {
  if (sort === 'relevance') return [row.rank ?? 0, row.seq]
  const field = sort.replace('-', '') as 'name' | 'statementCount' | 'subjectCount' | 'mentionCount'
  return [row[field], row.id]
}

/** Each of `ids` with its aliases in `rows` (none when it has none), in the order the rows come. */
export function aliasesById (ids: string[], rows: Iterable<{ entityId: string, alias: string }>): Map<string, string[]> {
  const byEntity = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const row of rows) byEntity.get(row.entityId)?.push(row.alias)
  return byEntity
}

/** The ids among `ids` that are not in `known`, in the order asked. */
export const missingFrom = (ids: string[], known: Iterable<{ id: string }>): string[] => {
  const found = new Set(Array.from(known, (r) => r.id))
  return ids.filter((id) => !found.has(id))
}

/** An affiliation's fields with both ends, from either engine's tables (`from` and `to` aliases of entities). */
export const affiliationColumnsOf = <A extends EitherTable<'affiliations'>, E extends EitherTable<'entities'>>(links: A, from: E, to: E) => ({
  ...pick(links, ['kind', 'role']),
  from: pick(from, ['id', 'name', 'type']),
  to: pick(to, ['id', 'name', 'type']),
  ...pick(links, ['articleId', 'evidence', 'spanStart', 'spanEnd'])
})

export function entityStore (db: Db) {
  const filters = (shape: { type: boolean, match: boolean }) => [
    shape.type ? eq(entities.type, sql.placeholder('type')) : undefined,
    shape.match ? sql`entities_fts MATCH ${sql.placeholder('match')}` : undefined
  ]

  const list = perShape((shape: { type: boolean, match: boolean, sort: EntitySort, after: boolean }) => {
    const order = sortColumns(shape.sort)
    const where = and(...filters(shape), shape.after ? keysetAfter(order) : undefined)
    const fields = shape.match ? { ...entityColumns, rank } : entityColumns
    const query = shape.match
      ? db.select(fields).from(entities).innerJoin(sql`entities_fts`, sql`entities_fts.rowid = ${entities.seq}`)
      : db.select(fields).from(entities)
    return mappedRows<EntityRow>(fields, prepared(db, limited(query.where(where).orderBy(...orderTerms(order)), 'limit')))
  })

  const total = perShape((shape: { type: boolean, match: boolean }) => {
    const query = shape.match
      ? db.select({ n: sql<number>`count(*)` }).from(entities).innerJoin(sql`entities_fts`, sql`entities_fts.rowid = ${entities.seq}`)
      : db.select({ n: sql<number>`count(*)` }).from(entities)
    return query.where(and(...filters(shape))).prepare()
  })

  const byId = db.select(entityColumns).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare()

  const aliasesOf = db.select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .where(sql`${entityAliases.entityId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .orderBy(entityAliases.entityId, entityAliases.alias)
    .prepare()

  const fromEntity = aliasedTable(entities, 'from_entity')
  const toEntity = aliasedTable(entities, 'to_entity')
  const affiliationsOf = db.select(affiliationColumnsOf(affiliations, fromEntity, toEntity))
    .from(affiliations)
    .innerJoin(fromEntity, eq(fromEntity.id, affiliations.fromEntityId))
    .innerJoin(toEntity, eq(toEntity.id, affiliations.toEntityId))
    .where(sql`${affiliations.fromEntityId} = ${sql.placeholder('id')} OR ${affiliations.toEntityId} = ${sql.placeholder('id')}`)
    .orderBy(affiliations.kind, fromEntity.id, toEntity.id)
    .prepare()

  const existsById = db.select({ id: entities.id }).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare()
  const knownAmong = db.select({ id: entities.id }).from(entities).where(sql`${entities.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`).prepare()
  const redirectOf = db.select({ toId: entityRedirects.toId }).from(entityRedirects).where(eq(entityRedirects.fromId, sql.placeholder('id'))).prepare()

  return {
    async list (args: EntityListArgs): Promise<EntityRow[]> {
      const match = matchOf(args.q)
      if (match === null) return []
      return list({ type: args.type !== undefined, match: match !== undefined, sort: args.sort, after: args.after !== undefined })
        .all({ type: args.type, match, ...afterValues(args.after), limit: args.limit })
    },
    async count (args: Pick<EntityListArgs, 'type' | 'q'>): Promise<number> {
      const match = matchOf(args.q)
      if (match === null) return 0
      return total({ type: args.type !== undefined, match: match !== undefined }).get({ type: args.type, match })?.n ?? 0
    },
    keyOf: entityKeyOf,
    byId: async (id: string) => byId.get({ id }) as EntityRow | undefined,
    exists: async (id: string) => existsById.get({ id }) !== undefined,
    /** The ids among `ids` that name no entity. */
    async missing (ids: string[]): Promise<string[]> {
      if (ids.length === 0) return []
      return missingFrom(ids, knownAmong.all({ ids: JSON.stringify(ids) }))
    },
    /** Every alias of each entity in `ids`, keyed by entity id. */
    aliases: async (ids: string[]): Promise<Map<string, string[]>> => aliasesById(ids, aliasesOf.all({ ids: JSON.stringify(ids) })),
    affiliations: async (id: string) => affiliationsOf.all({ id }),
    /** The entity a merged id now names, if `id` was merged into one. */
    redirect: async (id: string): Promise<string | undefined> => redirectOf.get({ id })?.toId,
    create: async (input: NewEntity, keyId: string) => runScript(db, () => createEntity(input, keyId)),
    update: async (id: string, changes: EntityChanges, keyId: string) => runScript(db, () => updateEntity(id, changes, keyId)),
    merge: async (from: string, into: string, keyId: string) => runScript(db, () => mergeEntity(from, into, keyId)),
    delete: async (id: string, keyId: string) => runScript(db, () => deleteEntity(id, keyId))
  }
}

export type EntityStore = ReturnType<typeof entityStore>
