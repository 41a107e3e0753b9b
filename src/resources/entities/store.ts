// Entity store (drizzle, prepared): sorted keyset lists with type filter and full-text name/alias search, one entity with its aliases and affiliations, and which ids name no entity.
import { aliasedTable, and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { afterValues, keysetAfter, limited, orderTerms, type SortColumn } from '../../db/keyset.js'
import { mappedRows, perShape, prepared } from '../../db/memo.js'
import { matchOf } from '../../db/search.js'
import { affiliations, entities, entityAliases, type EntityType, type Origin } from '../../db/schema.js'

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

const entityColumns = {
  seq: entities.seq,
  id: entities.id,
  name: entities.name,
  type: entities.type,
  description: entities.description,
  origin: entities.origin,
  statementCount: entities.statementCount,
  subjectCount: entities.subjectCount,
  mentionCount: entities.mentionCount
}

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
  const affiliationsOf = db.select({
    kind: affiliations.kind,
    role: affiliations.role,
    from: { id: fromEntity.id, name: fromEntity.name, type: fromEntity.type },
    to: { id: toEntity.id, name: toEntity.name, type: toEntity.type },
    articleId: affiliations.articleId,
    evidence: affiliations.evidence,
    spanStart: affiliations.spanStart,
    spanEnd: affiliations.spanEnd
  })
    .from(affiliations)
    .innerJoin(fromEntity, eq(fromEntity.id, affiliations.fromEntityId))
    .innerJoin(toEntity, eq(toEntity.id, affiliations.toEntityId))
    .where(sql`${affiliations.fromEntityId} = ${sql.placeholder('id')} OR ${affiliations.toEntityId} = ${sql.placeholder('id')}`)
    .orderBy(affiliations.kind, fromEntity.id, toEntity.id)
    .prepare()

  const existsById = db.select({ id: entities.id }).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare()
  const knownAmong = db.select({ id: entities.id }).from(entities).where(sql`${entities.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`).prepare()

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
    /** The sort key of a row, as a cursor stores it. */
    keyOf (row: EntityRow, sort: EntitySort): (string | number)[] {
      if (sort === 'relevance') return [row.rank ?? 0, row.seq]
      const field = sort.replace('-', '') as 'name' | 'statementCount' | 'subjectCount' | 'mentionCount'
      return [row[field], row.id]
    },
    byId: async (id: string) => byId.get({ id }) as EntityRow | undefined,
    exists: async (id: string) => existsById.get({ id }) !== undefined,
    /** The ids among `ids` that name no entity. */
    async missing (ids: string[]): Promise<string[]> {
      if (ids.length === 0) return []
      const known = new Set(knownAmong.all({ ids: JSON.stringify(ids) }).map((r) => r.id))
      return ids.filter((id) => !known.has(id))
    },
    /** Every alias of each entity in `ids`, keyed by entity id. */
    async aliases (ids: string[]): Promise<Map<string, string[]>> {
      const byEntity = new Map<string, string[]>(ids.map((id) => [id, []]))
      for (const row of aliasesOf.all({ ids: JSON.stringify(ids) })) byEntity.get(row.entityId)?.push(row.alias)
      return byEntity
    },
    affiliations: async (id: string) => affiliationsOf.all({ id })
  }
}

export type EntityStore = ReturnType<typeof entityStore>
