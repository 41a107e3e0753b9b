// Statement queries (drizzle, prepared): filtered keyset lists in reading order, one statement, and the subjects of a page.
import { and, eq, exists, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { perShape, qualified } from '../../db/memo.js'
import { articles, entities, statementSubjects, statements, type StatementKind } from '../../db/schema.js'

const statementColumns = {
  id: statements.id,
  position: statements.position,
  kind: statements.kind,
  text: statements.text,
  speakerLabel: statements.speakerLabel,
  medium: statements.medium,
  spanStart: statements.spanStart,
  spanEnd: statements.spanEnd,
  speaker: { id: entities.id, name: entities.name, type: entities.type },
  article: {
    id: articles.id,
    title: articles.title,
    publishedDate: articles.publishedDate,
    publishedDatePrecision: articles.publishedDatePrecision
  }
}

export type Role = 'speaker' | 'subject' | 'any'

export interface StatementListArgs {
  speaker?: string | undefined
  about?: string | undefined
  article?: string | undefined
  kind?: StatementKind | undefined
  /** An entity in the given role: the speaker, a subject, or either. */
  entity?: { id: string, role: Role } | undefined
  after?: readonly [string, number] | undefined
  limit: number
}

export function statementQueries (db: Db) {
  const isSubject = (placeholder: string) => exists(db.select({ one: sql`1` }).from(statementSubjects).where(and(
    sql`${qualified(statementSubjects.statementId)} = ${qualified(statements.id)}`,
    eq(statementSubjects.entityId, sql.placeholder(placeholder))
  )))

  const base = () => db.select(statementColumns)
    .from(statements)
    .innerJoin(entities, eq(entities.id, statements.speakerId))
    .innerJoin(articles, eq(articles.id, statements.articleId))

  const list = perShape((shape: { speaker: boolean, about: boolean, article: boolean, kind: boolean, role: Role | 'none', after: boolean }) => base()
    .where(and(
      shape.speaker ? eq(statements.speakerId, sql.placeholder('speaker')) : undefined,
      shape.about ? isSubject('about') : undefined,
      shape.article ? eq(statements.articleId, sql.placeholder('article')) : undefined,
      shape.kind ? eq(statements.kind, sql.placeholder('kind')) : undefined,
      shape.role === 'speaker' ? eq(statements.speakerId, sql.placeholder('entity')) : undefined,
      shape.role === 'subject' ? isSubject('entity') : undefined,
      shape.role === 'any' ? sql`(${statements.speakerId} = ${sql.placeholder('entity')} OR ${isSubject('entity')})` : undefined,
      shape.after ? sql`(${statements.articleId}, ${statements.position}) > (${sql.placeholder('afterArticle')}, ${sql.placeholder('afterPosition')})` : undefined
    ))
    .orderBy(statements.articleId, statements.position)
    .limit(sql.placeholder('limit'))
    .prepare())

  const byId = base().where(eq(statements.id, sql.placeholder('id'))).prepare()

  const subjectsOf = db.select({ statementId: statementSubjects.statementId, id: entities.id, name: entities.name, type: entities.type })
    .from(statementSubjects)
    .innerJoin(entities, eq(entities.id, statementSubjects.entityId))
    .where(sql`${statementSubjects.statementId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .orderBy(statementSubjects.statementId, entities.name)
    .prepare()

  return {
    list (args: StatementListArgs) {
      const shape = {
        speaker: args.speaker !== undefined,
        about: args.about !== undefined,
        article: args.article !== undefined,
        kind: args.kind !== undefined,
        role: args.entity?.role ?? 'none' as const,
        after: args.after !== undefined
      }
      return list(shape).all({
        speaker: args.speaker,
        about: args.about,
        article: args.article,
        kind: args.kind,
        entity: args.entity?.id,
        afterArticle: args.after?.[0],
        afterPosition: args.after?.[1],
        limit: args.limit
      })
    },
    byId: (id: string) => byId.get({ id }),
    /** The subjects of each statement in `ids`, keyed by statement id. */
    subjects (ids: string[]) {
      const byStatement = new Map<string, { id: string, name: string, type: typeof entities.$inferSelect['type'] }[]>(ids.map((id) => [id, []]))
      for (const { statementId, ...ref } of subjectsOf.all({ ids: JSON.stringify(ids) })) byStatement.get(statementId)?.push(ref)
      return byStatement
    }
  }
}

export type StatementQueries = ReturnType<typeof statementQueries>
export type StatementRow = NonNullable<ReturnType<StatementQueries['byId']>>
