// Statement curation, written once for both engines: an editor's new statement and corrections (span included), each a script (src/db/script.ts) its engine's store runs in one audited transaction.
import { sql, type SQL } from 'drizzle-orm'
import { changed, locked, rowsOf, type Script } from '../../db/script.js'
import type { Medium, Stance, StatementKind } from '../../db/schema.js'
import { statementId } from '../../domain/ids.js'
import { MAX } from '../../limits.js'
import { audited } from '../audit/store.js'

export interface Span { start: number, end: number }

export interface StatementChanges {
  speaker?: string | undefined
  kind?: StatementKind | undefined
  subjects?: string[] | undefined
  stance?: Stance | null | undefined
  /** Where the words are in the article body; the text is read there. */
  span?: Span | undefined
}

export interface NewStatement {
  article: string
  span: Span
  speaker: string
  kind: StatementKind
  subjects?: string[] | undefined
  medium?: Medium | null | undefined
  stance?: Stance | null | undefined
}

/** Why a span cannot be used, in words for the client. */
export interface BadSpan { badSpan: string }

export type Created = { id: string } | { noArticle: true } | { noSpeaker: true } | BadSpan | { conflict: string }
export type Updated = 'updated' | 'no-statement' | BadSpan

/**
 * The words at `span` in `body`, with the whitespace an editor's selection takes along trimmed
 * off both ends (the span with them), or why there are none.
 */
export function wordsAt (body: string, span: Span): { span: Span, text: string } | BadSpan {
  if (span.end > body.length) return { badSpan: `The span ends at ${span.end}, past the article's body (${body.length} characters).` }
  if (span.end <= span.start) return { badSpan: 'The span must end after it starts.' }
  // A span's ends fall between characters: never between the two halves of one (an emoji, say), whose text no string could hold.
  const splits = (at: number) => at > 0 && at < body.length && /[\uD800-\uDBFF]/.test(body[at - 1]!) && /[\uDC00-\uDFFF]/.test(body[at]!)
  if (splits(span.start) || splits(span.end)) return { badSpan: 'The span cuts a character in two (the two halves of a surrogate pair): move its ends by one.' }
  let { start, end } = span
  while (start < end && /\s/.test(body[start]!)) start++
  while (end > start && /\s/.test(body[end - 1]!)) end--
  if (start === end) return { badSpan: 'The span holds only whitespace.' }
  if (end - start > MAX.text) return { badSpan: `The span is longer than ${MAX.text} characters.` }
  return { span: { start, end }, text: body.slice(start, end) }
}

/** Positions shift by `by` from `from` on: through negatives, as neither engine can order an UPDATE and each position is unique in its article. */
function * shift (articleId: string, where: SQL, by: 1 | -1): Script<void> {
  yield * changed(sql`UPDATE "statements" SET "position" = -("position" + ${by}) WHERE "article_id" = ${articleId} AND ${where}`)
  yield * changed(sql`UPDATE "statements" SET "position" = -"position" WHERE "article_id" = ${articleId} AND "position" < 0`)
}

/**
 * Makes room in the article's reading order for a statement at `span` and returns its position:
 * after every statement that starts before it, and after those that start with it and run longer.
 */
function * placeFor (articleId: string, span: Span): Script<number> {
  const [before] = yield * rowsOf<{ n: number | string }>(sql`SELECT count(*) AS "n" FROM "statements" WHERE "article_id" = ${articleId}
    AND "position" > 0 AND ("span_start" < ${span.start} OR ("span_start" = ${span.start} AND "span_end" > ${span.end}))`)
  const position = Number(before!.n) + 1
  yield * shift(articleId, sql`"position" >= ${position}`, 1)
  return position
}

function * articleBody (articleId: string): Script<string | undefined> {
  // Locked: positions are renumbered across the article, so two writes to it take turns.
  yield * locked(sql`SELECT 1 FROM "articles" WHERE "id" = ${articleId} FOR UPDATE`)
  const [article] = yield * rowsOf<{ body: string }>(sql`SELECT "body" FROM "articles" WHERE "id" = ${articleId}`)
  return article?.body
}

function * setSubjects (id: string, subjects: string[]): Script<void> {
  yield * changed(sql`DELETE FROM "statement_subjects" WHERE "statement_id" = ${id}`)
  for (const entityId of new Set(subjects)) {
    yield * changed(sql`INSERT INTO "statement_subjects" ("statement_id", "entity_id", "article_date", "article_id", "position")
      SELECT "id", CAST(${entityId} AS TEXT), "article_date", "article_id", "position" FROM "statements" WHERE "id" = ${id}`)
  }
}

export function * createStatement (input: NewStatement, keyId: string): Script<Created> {
  const body = yield * articleBody(input.article)
  if (body === undefined) return { noArticle: true }
  const words = wordsAt(body, input.span)
  if ('badSpan' in words) return words
  const [same] = yield * rowsOf<{ id: string }>(sql`SELECT "id" FROM "statements" WHERE "article_id" = ${input.article}
    AND "speaker_id" = ${input.speaker} AND "kind" = ${input.kind} AND "text" = ${words.text}`)
  if (same) return { conflict: same.id }
  // Ids come from the content as first written, and a statement keeps its id when an editor re-attributes it: a
  // statement re-attributed away may hold the id these words would get, so this one is told apart, as ingestion does.
  let id = statementId(input.article, input.speaker, input.kind, words.text)
  for (let n = 1; (yield * rowsOf(sql`SELECT 1 FROM "statements" WHERE "id" = ${id}`)).length > 0; n++) {
    id = statementId(input.article, input.speaker, input.kind, `${words.text}\u0000${n}`)
  }
  const [speaker] = yield * rowsOf<{ name: string }>(sql`SELECT "name" FROM "entities" WHERE "id" = ${input.speaker}`)
  if (!speaker) return { noSpeaker: true }
  const position = yield * placeFor(input.article, words.span)
  // The article's date is copied in by a trigger on either engine; the label is how the speaker is named now.
  yield * changed(sql`INSERT INTO "statements" ("id", "article_id", "position", "speaker_id", "speaker_label", "kind", "text", "span_start", "span_end", "medium", "stance", "origin", "confidence")
    VALUES (${id}, ${input.article}, ${position}, ${input.speaker}, ${speaker.name}, ${input.kind}, ${words.text}, ${words.span.start}, ${words.span.end}, ${input.medium ?? null}, ${input.stance ?? null}, 'curated', 1)`)
  yield * setSubjects(id, input.subjects ?? [])
  yield * audited(keyId, 'statement.create', `/v1/statements/${id}`, JSON.stringify({ ...input, span: words.span }))
  return { id }
}

/**
 * Moves a statement of the article `articleId` (whose `body` is read and locked) to `span`, its
 * text read there and its place in reading order with it; the span it took, or why it cannot.
 */
function * moveTo (id: string, articleId: string, body: string, span: Span): Script<Span | BadSpan> {
  const words = wordsAt(body, span)
  if ('badSpan' in words) return words
  const [{ position }] = (yield * rowsOf<{ position: number }>(sql`SELECT "position" FROM "statements" WHERE "id" = ${id}`)) as [{ position: number }]
  // Out of the order (0 is never a position), the gap closed, then back in where the new span belongs.
  yield * changed(sql`UPDATE "statements" SET "position" = 0 WHERE "id" = ${id}`)
  yield * shift(articleId, sql`"position" > ${position}`, -1)
  const place = yield * placeFor(articleId, words.span)
  yield * changed(sql`UPDATE "statements" SET "position" = ${place}, "span_start" = ${words.span.start}, "span_end" = ${words.span.end}, "text" = ${words.text} WHERE "id" = ${id}`)
  return words.span
}

/** Applies an editor's changes; the statement becomes curated with confidence 1. */
export function * updateStatement (id: string, changes: StatementChanges, keyId: string): Script<Updated> {
  // A span move renumbers the article's statements: the article is locked first, as an added statement locks it,
  // so two writes to one article always take their locks in the same order and never deadlock.
  let moved: Span | undefined
  if (changes.span !== undefined) {
    const [row] = yield * rowsOf<{ articleId: string }>(sql`SELECT "article_id" AS "articleId" FROM "statements" WHERE "id" = ${id}`)
    if (!row) return 'no-statement'
    const body = (yield * articleBody(row.articleId))!
    yield * locked(sql`SELECT 1 FROM "statements" WHERE "id" = ${id} FOR UPDATE`)
    const span = yield * moveTo(id, row.articleId, body, changes.span)
    if ('badSpan' in span) return span
    moved = span
  } else {
    yield * locked(sql`SELECT 1 FROM "statements" WHERE "id" = ${id} FOR UPDATE`)
  }
  const set: SQL[] = [sql`"origin" = 'curated'`, sql`"confidence" = 1`]
  if (changes.speaker !== undefined) set.push(sql`"speaker_id" = ${changes.speaker}`)
  if (changes.kind !== undefined) set.push(sql`"kind" = ${changes.kind}`)
  if (changes.stance !== undefined) set.push(sql`"stance" = ${changes.stance}`)
  if ((yield * changed(sql`UPDATE "statements" SET ${sql.join(set, sql`, `)} WHERE "id" = ${id}`)) === 0) return 'no-statement'
  if (changes.subjects !== undefined) yield * setSubjects(id, changes.subjects)
  yield * audited(keyId, 'statement.update', `/v1/statements/${id}`, JSON.stringify(moved === undefined ? changes : { ...changes, span: moved }))
  return 'updated'
}
