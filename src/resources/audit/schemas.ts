// Audit contract: one write, as the log records it.
import { z } from 'zod'
import { MAX, int32, str } from '../../limits.js'
import { listFields } from '../fields.js'
import { pageOf, pageQuery } from '../contract.js'
import { AUDIT_OPERATIONS } from './store.js'

export const AuditEntry = z.object({
  seq: int32(1).describe('Order of the write.'),
  at: z.string().max(40).describe('When it happened (ISO 8601, UTC).'),
  keyId: str(MAX.id).describe('The id of the API key that made it (never the key).'),
  operation: z.enum(AUDIT_OPERATIONS).describe('What was done.'),
  target: str(MAX.url).describe('The resource it was done to.'),
  detail: str(MAX.text).nullable().describe('What changed, when useful.')
}).meta({
  id: 'AuditEntry',
  examples: [{ seq: 1, at: '2026-11-29T10:00:00.000Z', keyId: 'editor', operation: 'statement.update', target: '/v1/statements/st_593468df5bcd', detail: '{"stance":"positive"}' }]
})

export const AuditList = pageOf(AuditEntry, 'AuditList')
export const auditFields = listFields(AuditEntry, AuditList)
export const auditQuery = z.strictObject({ ...pageQuery, fields: auditFields.query })
export const auditCursorKey = z.tuple([z.number().int()])
