// Entity curation, written once for both engines: create, change, merge and delete, each a script (src/db/script.ts) that its engine's store runs in one audited transaction.
import { sql, type SQL } from 'drizzle-orm'
import { changed, locked, rowsOf, type Script } from '../../db/script.js'
import type { EntityType } from '../../db/schema.js'
import { slugOf } from '../../domain/ids.js'
import { audited } from '../audit/store.js'

export interface NewEntity {
  /** The slug; by default the name's. */
  id?: string | undefined
  name: string
  type: EntityType
  description?: string | undefined
  aliases?: string[] | undefined
}

export interface EntityChanges {
  name?: string | undefined
  type?: EntityType | undefined
  description?: string | undefined
  /** Every alias, replacing the ones there are; the name is always one of them. */
  aliases?: string[] | undefined
}

/** The new entity's id, or the id that is taken (by an entity, or by one merged into `mergedInto`). */
export type Created = { id: string } | { conflict: string, mergedInto?: string } | { noSlug: true }

export type Merged = 'merged' | 'no-entity' | 'no-target'

/** What still points at an entity and so keeps it from being deleted. */
export interface References {
  statements: number
  subjects: number
  marketEvents: number
}

export type Deleted = 'deleted' | 'no-entity' | { references: References }

const path = (id: string) => `/v1/entities/${id}`

function * addAliases (id: string, names: Iterable<string>): Script<void> {
  for (const alias of new Set(names)) {
    yield * changed(sql`INSERT INTO "entity_aliases" ("entity_id", "alias") VALUES (${id}, ${alias}) ON CONFLICT DO NOTHING`)
  }
}

function * lockEntities (...ids: string[]): Script<{ id: string, name: string }[]> {
  const among = sql.join(ids.map((id) => sql`${id}`), sql`, `)
  yield * locked(sql`SELECT 1 FROM "entities" WHERE "id" IN (${among}) FOR UPDATE`)
  return yield * rowsOf<{ id: string, name: string }>(sql`SELECT "id", "name" FROM "entities" WHERE "id" IN (${among})`)
}

export function * createEntity (input: NewEntity, keyId: string): Script<Created> {
  const id = input.id ?? slugOf(input.name)
  if (id === '') return { noSlug: true }
  // An old id keeps answering 301 to its new one, so it is never given to another entity.
  const [redirect] = yield * rowsOf<{ toId: string }>(sql`SELECT "to_id" AS "toId" FROM "entity_redirects" WHERE "from_id" = ${id}`)
  if (redirect) return { conflict: id, mergedInto: redirect.toId }
  const inserted = yield * changed(sql`INSERT INTO "entities" ("id", "name", "type", "description", "origin")
    VALUES (${id}, ${input.name}, ${input.type}, ${input.description ?? ''}, 'curated') ON CONFLICT ("id") DO NOTHING`)
  if (inserted === 0) return { conflict: id }
  yield * addAliases(id, [input.name, ...(input.aliases ?? [])])
  yield * audited(keyId, 'entity.create', path(id), JSON.stringify({ ...input, id }))
  return { id }
}

/** Applies an editor's changes; the entity becomes curated. False when there is no such entity. */
export function * updateEntity (id: string, changes: EntityChanges, keyId: string): Script<boolean> {
  const [row] = yield * lockEntities(id)
  if (!row) return false
  const set: SQL[] = [sql`"origin" = 'curated'`]
  if (changes.name !== undefined) set.push(sql`"name" = ${changes.name}`)
  if (changes.type !== undefined) set.push(sql`"type" = ${changes.type}`)
  if (changes.description !== undefined) set.push(sql`"description" = ${changes.description}`)
  yield * changed(sql`UPDATE "entities" SET ${sql.join(set, sql`, `)} WHERE "id" = ${id}`)
  const name = changes.name ?? row.name
  if (changes.aliases !== undefined) {
    yield * changed(sql`DELETE FROM "entity_aliases" WHERE "entity_id" = ${id}`)
    yield * addAliases(id, [name, ...changes.aliases])
  } else if (changes.name !== undefined) {
    // The old name stays an alias: articles printed it, and the extractor should keep finding it.
    yield * addAliases(id, [name])
  }
  yield * audited(keyId, 'entity.update', path(id), JSON.stringify(changes))
  return true
}

/**
 * Moves everything that refers to `from` over to `into` (statements spoken and about, mentions,
 * affiliations, market events, names), deletes `from`, and leaves a redirect from its id. Where
 * both entities already had the same row (a subject of one statement, one mention, one
 * affiliation), the copy that `into` has is kept; an affiliation between the two would point from
 * `into` to itself and goes.
 */
export function * mergeEntity (from: string, into: string, keyId: string): Script<Merged> {
  const found = yield * lockEntities(from, into)
  const source = found.find((e) => e.id === from)
  if (!source) return 'no-entity'
  if (!found.some((e) => e.id === into)) return 'no-target'
  yield * changed(sql`UPDATE "statements" SET "speaker_id" = ${into} WHERE "speaker_id" = ${from}`)
  yield * changed(sql`DELETE FROM "statement_subjects" WHERE "entity_id" = ${from}
    AND "statement_id" IN (SELECT "statement_id" FROM "statement_subjects" WHERE "entity_id" = ${into})`)
  yield * changed(sql`UPDATE "statement_subjects" SET "entity_id" = ${into} WHERE "entity_id" = ${from}`)
  yield * changed(sql`DELETE FROM "mentions" WHERE "entity_id" = ${from} AND EXISTS (SELECT 1 FROM "mentions" AS "kept"
    WHERE "kept"."entity_id" = ${into} AND "kept"."article_id" = "mentions"."article_id" AND "kept"."span_start" = "mentions"."span_start")`)
  yield * changed(sql`UPDATE "mentions" SET "entity_id" = ${into} WHERE "entity_id" = ${from}`)
  yield * changed(sql`DELETE FROM "affiliations" WHERE ("from_entity_id" = ${from} AND "to_entity_id" = ${into}) OR ("from_entity_id" = ${into} AND "to_entity_id" = ${from})`)
  for (const [end, other] of [['from_entity_id', 'to_entity_id'], ['to_entity_id', 'from_entity_id']] as const) {
    const [mine, theirs] = [sql.identifier(end), sql.identifier(other)]
    yield * changed(sql`DELETE FROM "affiliations" WHERE ${mine} = ${from} AND EXISTS (SELECT 1 FROM "affiliations" AS "kept"
      WHERE "kept".${mine} = ${into} AND "kept"."kind" = "affiliations"."kind" AND "kept".${theirs} = "affiliations".${theirs})`)
    yield * changed(sql`UPDATE "affiliations" SET ${mine} = ${into} WHERE ${mine} = ${from}`)
  }
  yield * changed(sql`UPDATE "market_events" SET "entity_id" = ${into} WHERE "entity_id" = ${from}`)
  yield * changed(sql`INSERT INTO "entity_aliases" ("entity_id", "alias")
    SELECT CAST(${into} AS TEXT), "alias" FROM "entity_aliases" WHERE "entity_id" = ${from} ON CONFLICT DO NOTHING`)
  yield * addAliases(into, [source.name])
  // Redirects to `from` now lead to `into` directly, so none ever takes two hops.
  yield * changed(sql`UPDATE "entity_redirects" SET "to_id" = ${into} WHERE "to_id" = ${from}`)
  yield * changed(sql`DELETE FROM "entity_redirects" WHERE "from_id" = ${into}`)
  yield * changed(sql`INSERT INTO "entity_redirects" ("from_id", "to_id") VALUES (${from}, ${into})
    ON CONFLICT ("from_id") DO UPDATE SET "to_id" = excluded."to_id"`)
  yield * changed(sql`UPDATE "entities" SET "origin" = 'curated' WHERE "id" = ${into}`)
  yield * changed(sql`DELETE FROM "entities" WHERE "id" = ${from}`)
  yield * audited(keyId, 'entity.merge', path(from), JSON.stringify({ into }))
  return 'merged'
}

/**
 * Deletes an entity nothing is said by or about: statements and market events are facts an editor
 * re-points or deletes first, so they refuse it. What only describes the entity (its aliases,
 * mentions, affiliations and the redirects to it) goes with it.
 */
export function * deleteEntity (id: string, keyId: string): Script<Deleted> {
  const [row] = yield * lockEntities(id)
  if (!row) return 'no-entity'
  const [counts] = yield * rowsOf<Record<keyof References, number | string>>(sql`SELECT
    (SELECT count(*) FROM "statements" WHERE "speaker_id" = ${id}) AS "statements",
    (SELECT count(*) FROM "statement_subjects" WHERE "entity_id" = ${id}) AS "subjects",
    (SELECT count(*) FROM "market_events" WHERE "entity_id" = ${id}) AS "marketEvents"`)
  const references = { statements: Number(counts!.statements), subjects: Number(counts!.subjects), marketEvents: Number(counts!.marketEvents) }
  if (references.statements + references.subjects + references.marketEvents > 0) return { references }
  yield * changed(sql`DELETE FROM "entities" WHERE "id" = ${id}`)
  yield * audited(keyId, 'entity.delete', path(id), null)
  return 'deleted'
}
