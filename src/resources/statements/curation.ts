// Statement curation (drizzle writes, no HTTP): an editor's corrections, each in one transaction with its audit row.
import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { entities, statementSubjects, statements, type Stance, type StatementKind } from '../../db/schema.js'
import { recordAudit } from '../articles/ingest.js'

export interface StatementChanges {
  speaker?: string | undefined
  kind?: StatementKind | undefined
  subjects?: string[] | undefined
  stance?: Stance | null | undefined
}

/** The ids among `ids` that name no entity. */
export function unknownEntities (db: Db, ids: string[]): string[] {
  if (ids.length === 0) return []
  const known = new Set(db.select({ id: entities.id }).from(entities).where(inArray(entities.id, ids)).all().map((r) => r.id))
  return ids.filter((id) => !known.has(id))
}

/** Applies an editor's changes; the statement becomes curated. False when there is no such statement. */
export function updateStatement (db: Db, id: string, changes: StatementChanges, keyId: string): boolean {
  return db.transaction((tx) => {
    const row = tx.select({ articleId: statements.articleId, articleDate: statements.articleDate, position: statements.position })
      .from(statements).where(eq(statements.id, id)).get()
    if (!row) return false
    tx.update(statements).set({
      ...(changes.speaker === undefined ? {} : { speakerId: changes.speaker }),
      ...(changes.kind === undefined ? {} : { kind: changes.kind }),
      ...(changes.stance === undefined ? {} : { stance: changes.stance }),
      origin: 'curated',
      confidence: 1
    }).where(eq(statements.id, id)).run()
    if (changes.subjects !== undefined) {
      tx.delete(statementSubjects).where(eq(statementSubjects.statementId, id)).run()
      for (const entityId of new Set(changes.subjects)) {
        tx.insert(statementSubjects).values({ statementId: id, entityId, articleDate: row.articleDate, articleId: row.articleId, position: row.position }).run()
      }
    }
    recordAudit(tx as unknown as Db, keyId, 'statement.update', `/v1/statements/${id}`, JSON.stringify(changes))
    return true
  })
}

export function deleteStatement (db: Db, id: string, keyId: string): boolean {
  return db.transaction((tx) => {
    const removed = tx.delete(statements).where(eq(statements.id, id)).run().changes > 0
    if (removed) recordAudit(tx as unknown as Db, keyId, 'statement.delete', `/v1/statements/${id}`, null)
    return removed
  })
}
