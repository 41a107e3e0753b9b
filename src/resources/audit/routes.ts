// Audit route (HTTP only): the write log, for key holders.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { problemResponses } from '../../errors.js'
import { AUTH_ERRORS, KEYED_SECURITY, type Keyed } from '../keyed.js'
import { respondList } from '../listing.js'
import { okList } from '../responses.js'
import type { AuditStore } from './store.js'
import { AuditList, auditCursorKey, auditQuery } from './schemas.js'

const AUDIT_CSV_EXAMPLE = 'seq,at,keyId,operation,target,detail\r\n' +
  '1,2026-11-29T10:00:00.000Z,editor,statement.update,/v1/statements/st_593468df5bcd,"{""stance"":""positive""}"\r\n'

type AuditEntryOut = z.infer<typeof AuditList>['data'][number]

export const auditRoutes: FastifyPluginAsyncZod<{ store: AuditStore, keyed: Keyed }> = async (app, { store, keyed }) => {
  app.get('/audit', {
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'listAudit',
      tags: ['audit'],
      summary: 'Read the write log',
      description: 'Every write made through the API, newest first: which key (by id), when, what, on which resource. Needs an API key.',
      security: KEYED_SECURITY,
      querystring: auditQuery,
      response: { 200: okList(AuditList, 'A page of the write log (or all of it, as CSV or NDJSON).', AUDIT_CSV_EXAMPLE), ...problemResponses(400, ...AUTH_ERRORS, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, fields } = request.query
    return respondList(request, reply, {
      sort: 'newest',
      key: auditCursorKey,
      fetch: (after, n) => store.list(after?.[0], n),
      keyOf: (row) => [row.seq] as [number],
      shape: (rows) => rows as AuditEntryOut[],
      count: () => store.count(),
      csv: (['seq', 'at', 'keyId', 'operation', 'target', 'detail'] as const).map((field) => ({ header: field, value: (entry: AuditEntryOut) => entry[field] }))
    }, { limit, cursor, count, fields })
  })
}
