// Entity queries (drizzle, prepared): lists with filters and keyset paging, one entity with its aliases, counts and affiliations.
import { aliasedTable, and, eq, exists, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { escapeLike, perShape, qualified } from '../../db/memo.js'
import { affiliations, entities, entityAliases, mentions, statementSubjects, statements, type EntityType } from '../../db/schema.js'
import { fold } from '../../db/text.js'

const nameKey = sql`${entities.name} COLLATE NOCASE`

const entityColumns = {
  id: entities.id,
  name: entities.name,
  type: entities.type,
  description: entities.description,
  statementCount: sql<number>`(SELECT count(*) FROM ${statements} WHERE ${qualified(statements.speakerId)} = ${qualified(entities.id)})`,
  subjectCount: sql<number>`(SELECT count(*) FROM ${statementSubjects} WHERE ${qualified(statementSubjects.entityId)} = ${qualified(entities.id)})`,
  mentionCount: sql<number>`(SELECT count(*) FROM ${mentions} WHERE ${qualified(mentions.entityId)} = ${qualified(entities.id)})`
}

export interface EntityListArgs {
  type?: EntityType | undefined
  q?: string | undefined
  after?: readonly [string, string] | undefined
  limit: number
}

export function entityQueries (db: Db) {
  const list = perShape((shape: { type: boolean, q: boolean, after: boolean }) => db
    .select(entityColumns)
    .from(entities)
    .where(and(
      shape.type ? eq(entities.type, sql.placeholder('type')) : undefined,
      shape.q
        ? exists(db.select({ one: sql`1` }).from(entityAliases).where(and(
          sql`${qualified(entityAliases.entityId)} = ${qualified(entities.id)}`,
          sql`${entityAliases.folded} LIKE ${sql.placeholder('pattern')} ESCAPE '\\'`
        )))
        : undefined,
      shape.after ? sql`(${nameKey}, ${entities.id}) > (${sql.placeholder('afterName')}, ${sql.placeholder('afterId')})` : undefined
    ))
    .orderBy(nameKey, entities.id)
    .limit(sql.placeholder('limit'))
    .prepare())

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

  const exists_ = db.select({ id: entities.id }).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare()

  /** Every alias of each entity in `ids`, keyed by entity id. */
  function aliases (ids: string[]): Map<string, string[]> {
    const byEntity = new Map<string, string[]>(ids.map((id) => [id, []]))
    for (const row of aliasesOf.all({ ids: JSON.stringify(ids) })) byEntity.get(row.entityId)?.push(row.alias)
    return byEntity
  }

  return {
    list (args: EntityListArgs) {
      const shape = { type: args.type !== undefined, q: args.q !== undefined, after: args.after !== undefined }
      return list(shape).all({
        type: args.type,
        pattern: args.q === undefined ? undefined : `%${escapeLike(fold(args.q))}%`,
        afterName: args.after?.[0],
        afterId: args.after?.[1],
        limit: args.limit
      })
    },
    byId: (id: string) => byId.get({ id }),
    exists: (id: string) => exists_.get({ id }) !== undefined,
    aliases,
    affiliations: (id: string) => affiliationsOf.all({ id })
  }
}

export type EntityQueries = ReturnType<typeof entityQueries>
export type EntityRow = NonNullable<ReturnType<EntityQueries['byId']>>
