// Example client: everything an entity said (Sam Altman by default), paging through the API with openapi-fetch and the generated types.
// Run against a server: node --import tsx examples/everything-said.ts http://127.0.0.1:3000 sam-altman
import { fileURLToPath } from 'node:url'
import createClient from 'openapi-fetch'
import type { components, paths } from './api.js'

export type Statement = components['schemas']['Statement']

/** Every statement `entityId` made, oldest article first, following `page.nextCursor` until the last page. */
export async function everythingSaid (baseUrl: string, entityId: string, pageSize = 100): Promise<Statement[]> {
  // JSON only: the lists also answer CSV and NDJSON, which this client does not ask for.
  const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl })
  const statements: Statement[] = []
  let cursor: string | undefined
  do {
    const { data, error } = await client.GET('/v1/entities/{id}/statements', {
      params: { path: { id: entityId }, query: { role: 'speaker', sort: 'date', limit: pageSize, cursor } }
    })
    // Errors are RFC 9457 problem objects, typed from the document like the successes.
    if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`)
    statements.push(...data.data)
    cursor = data.page.nextCursor ?? undefined
  } while (cursor)
  return statements
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [baseUrl = 'http://127.0.0.1:3000', entityId = 'sam-altman'] = process.argv.slice(2)
  for (const s of await everythingSaid(baseUrl, entityId)) {
    console.log(`[${s.kind}] ${s.text}  (${s.article.title.slice(0, 40)}…, ${s.medium ?? 'medium not given'})`)
  }
}
