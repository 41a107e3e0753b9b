// Audit store (drizzle, prepared): the write log, newest first, with keyset paging, and the row every write adds to it inside its own transaction.
import { getTableColumns, sql } from 'drizzle-orm'
import { changed, type Script } from '../../db/script.js'
import type { Db, Tx } from '../../db/index.js'
import { limited } from '../../db/keyset.js'
import { mappedRows, perShape, prepared } from '../../db/memo.js'
import { audit } from '../../db/schema.js'

export const AUDIT_OPERATIONS = [
  'article.create', 'article.delete',
  'entity.create', 'entity.update', 'entity.merge', 'entity.delete',
  'statement.create', 'statement.update', 'statement.delete'
] as const
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number]

/** Logs a write in the transaction `tx` that makes it, so the log and the data never disagree. */
export function recordAudit (tx: Tx, keyId: string, operation: AuditOperation, target: string, detail: string | null) {
  tx.insert(audit).values({ at: new Date().toISOString(), keyId, operation, target, detail }).run()
}

/** The same, as a step of a script that runs on either engine (src/db/script.ts). */
export function * audited (keyId: string, operation: AuditOperation, target: string, detail: string | null): Script<void> {
  yield * changed(sql`INSERT INTO "audit" ("at", "key_id", "operation", "target", "detail") VALUES (${new Date().toISOString()}, ${keyId}, ${operation}, ${target}, ${detail})`)
}

export function auditStore (db: Db) {
  const columns = getTableColumns(audit)
  const list = perShape((shape: { after: boolean }) => mappedRows<typeof audit.$inferSelect>(columns, prepared(db, limited(db.select(columns).from(audit)
    .where(shape.after ? sql`${audit.seq} < ${sql.placeholder('after')}` : undefined)
    .orderBy(sql`${audit.seq} DESC`), 'limit'))))
  const total = db.select({ n: sql<number>`count(*)` }).from(audit).prepare()
  return {
    list: async (after: number | undefined, limit: number) => list({ after: after !== undefined }).all({ after, limit }),
    count: async () => total.get()?.n ?? 0
  }
}

export type AuditStore = ReturnType<typeof auditStore>
