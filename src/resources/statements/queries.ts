// Statement queries (drizzle, prepared): filtered keyset lists in reading order, one statement, and the subjects of a page.
import { and, eq, sql, type AnyColumn } from 'drizzle-orm'
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
  /** An entity in the given role: the speaker, a subject, or either (not combined with `speaker` or `about`). */
  entity?: { id: string, role: Role } | undefined
  after?: readonly [string, number] | undefined
  limit: number
}

export function statementQueries (db: Db) {
  const base = () => db.select(statementColumns)
    .from(statements)
    .innerJoin(entities, eq(entities.id, statements.speakerId))
    .innerJoin(articles, eq(articles.id, statements.articleId))

  const afterKey = (articleId: AnyColumn, position: AnyColumn) =>
    sql`(${qualified(articleId)}, ${qualified(position)}) > (${sql.placeholder('afterArticle')}, ${sql.placeholder('afterPosition')})`

  // Each shape walks the index that already holds its rows in reading order, so a page costs
  // the same however large the corpus: statements by (speaker | kind | article, article, position),
  // statement_subjects by (entity, article, position), and for "either role" the first page of
  // each of those two walks, merged.
  const list = perShape((shape: { speaker: boolean, subject: boolean, either: boolean, article: boolean, kind: boolean, after: boolean }) => {
    const filters = [
      shape.speaker ? eq(statements.speakerId, sql.placeholder('speaker')) : undefined,
      shape.article ? eq(statements.articleId, sql.placeholder('article')) : undefined,
      shape.kind ? eq(statements.kind, sql.placeholder('kind')) : undefined
    ]
    if (shape.subject) {
      return db.select(statementColumns)
        .from(statementSubjects)
        .innerJoin(statements, eq(statements.id, statementSubjects.statementId))
        .innerJoin(entities, eq(entities.id, statements.speakerId))
        .innerJoin(articles, eq(articles.id, statements.articleId))
        .where(and(
          eq(statementSubjects.entityId, sql.placeholder('subject')),
          shape.after ? afterKey(statementSubjects.articleId, statementSubjects.position) : undefined,
          ...filters
        ))
        .orderBy(statementSubjects.articleId, statementSubjects.position)
        .limit(sql.placeholder('limit'))
        .prepare()
    }
    const either = shape.either
      ? sql`${qualified(statements.id)} IN (
          SELECT id FROM (SELECT ${statements.id} FROM ${statements} WHERE ${statements.speakerId} = ${sql.placeholder('either')}
            ${shape.after ? sql`AND ${afterKey(statements.articleId, statements.position)}` : sql``}
            ORDER BY ${statements.articleId}, ${statements.position} LIMIT ${sql.placeholder('limit')})
          UNION ALL
          SELECT statement_id FROM (SELECT ${statementSubjects.statementId} FROM ${statementSubjects} WHERE ${statementSubjects.entityId} = ${sql.placeholder('either')}
            ${shape.after ? sql`AND ${afterKey(statementSubjects.articleId, statementSubjects.position)}` : sql``}
            ORDER BY ${statementSubjects.articleId}, ${statementSubjects.position} LIMIT ${sql.placeholder('limit')}))`
      : undefined
    return base()
      .where(and(either, shape.after ? afterKey(statements.articleId, statements.position) : undefined, ...filters))
      .orderBy(statements.articleId, statements.position)
      .limit(sql.placeholder('limit'))
      .prepare()
  })

  const byId = base().where(eq(statements.id, sql.placeholder('id'))).prepare()

  const subjectsOf = db.select({ statementId: statementSubjects.statementId, id: entities.id, name: entities.name, type: entities.type })
    .from(statementSubjects)
    .innerJoin(entities, eq(entities.id, statementSubjects.entityId))
    .where(sql`${statementSubjects.statementId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .orderBy(statementSubjects.statementId, entities.name)
    .prepare()

  return {
    list (args: StatementListArgs) {
      const role = args.entity?.role
      const speaker = role === 'speaker' ? args.entity?.id : args.speaker
      const subject = role === 'subject' ? args.entity?.id : args.about
      const either = role === 'any' ? args.entity?.id : undefined
      const shape = {
        speaker: speaker !== undefined,
        subject: subject !== undefined,
        either: either !== undefined,
        article: args.article !== undefined,
        kind: args.kind !== undefined,
        after: args.after !== undefined
      }
      return list(shape).all({
        speaker, subject, either, article: args.article, kind: args.kind,
        afterArticle: args.after?.[0], afterPosition: args.after?.[1], limit: args.limit
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
