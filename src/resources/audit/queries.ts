// Audit queries (drizzle, prepared): the write log, newest first, with keyset paging.
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { bound } from '../../db/keyset.js'
import { perShape } from '../../db/memo.js'
import { audit } from '../../db/schema.js'

export function auditQueries (db: Db) {
  const list = perShape((shape: { after: boolean }) => db.select().from(audit)
    .where(shape.after ? sql`${audit.seq} < ${sql.placeholder('after')}` : undefined)
    .orderBy(sql`${audit.seq} DESC`)
    .limit(bound('limit'))
    .prepare())
  const total = db.select({ n: sql<number>`count(*)` }).from(audit).prepare()
  return {
    list: (after: number | undefined, limit: number) => list({ after: after !== undefined }).all({ after, limit }),
    count: () => total.get()?.n ?? 0
  }
}

export type AuditQueries = ReturnType<typeof auditQueries>
