// Audit store on PostgreSQL: the write log, newest first, with keyset paging, and the row every write adds to it inside its own transaction.
import { desc, lt, sql } from 'drizzle-orm'
import type { PgDb, PgTx } from '../../db/pg.js'
import { audit } from '../../db/pg-schema.js'
import type { AuditOperation, AuditStore } from './store.js'

/** Logs a write in the transaction `tx` that makes it, so the log and the data never disagree. */
export async function recordAudit (tx: PgTx, keyId: string, operation: AuditOperation, target: string, detail: string | null): Promise<void> {
  await tx.insert(audit).values({ at: new Date().toISOString(), keyId, operation, target, detail })
}

export function pgAuditStore (db: PgDb): AuditStore {
  const first = db.select().from(audit).orderBy(desc(audit.seq)).limit(sql.placeholder('limit')).prepare('audit_first')
  const after = db.select().from(audit).where(lt(audit.seq, sql.placeholder('after'))).orderBy(desc(audit.seq)).limit(sql.placeholder('limit')).prepare('audit_after')
  const total = db.select({ n: sql<number>`count(*)::int` }).from(audit).prepare('audit_count')
  return {
    list: async (seq: number | undefined, limit: number) => (seq === undefined ? first.execute({ limit }) : after.execute({ after: seq, limit })),
    count: async () => (await total.execute())[0]?.n ?? 0
  }
}
