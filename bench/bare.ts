// The framework's ceiling on this machine: a bare Fastify route returning a fixed small JSON object, and two calibration routes beside it.
import Database from 'better-sqlite3'
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))

// A fixed amount of CPU work and nothing else: shows how far the ratio falls for work alone, before any query or header.
const WORK_US = 80
app.get('/work', async () => {
  const until = performance.now() + WORK_US / 1000
  while (performance.now() < until);
  return { hello: 'world' }
})

// One statement row by id through raw better-sqlite3 and Fastify's default serializer: the floor for a route that reads the database.
if (process.env.DATABASE_PATH) {
  const db = new Database(process.env.DATABASE_PATH, { readonly: true })
  const get = db.prepare('SELECT id, article_id AS articleId, position, kind, text, speaker_id AS speakerId, span_start AS spanStart, span_end AS spanEnd FROM statements WHERE id = ?')
  app.get<{ Params: { id: string } }>('/raw/statements/:id', async (request, reply) => get.get(request.params.id) ?? reply.code(404).send({ error: 'not found' }))
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
