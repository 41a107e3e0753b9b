// The framework's ceiling on this machine: a bare Fastify route returning a fixed small JSON object, and calibration routes beside it.
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

  // A speaker's 20 newest statements, the speaker joined, in the order /v1/entities/{id}/statements?role=speaker
  // serves them (newest article first, each article in reading order, off the statements_speaker index),
  // then JSON.stringify: the floor for a page of 20, with no schema, hooks or cursor.
  const page = db.prepare(`
    SELECT s.id, s.article_id AS articleId, s.article_date AS articleDate, s.position, s.kind, s.text, s.speaker_label AS speakerLabel,
      s.span_start AS spanStart, s.span_end AS spanEnd, e.id AS speakerId, e.name AS speakerName, e.type AS speakerType
    FROM statements s JOIN entities e ON e.id = s.speaker_id
    WHERE s.speaker_id = ? ORDER BY s.article_date DESC, s.article_id, s.position LIMIT 20`)
  type PageRow = Record<string, unknown> & { speakerId: string, speakerName: string, speakerType: string }
  app.get<{ Params: { id: string } }>('/raw/entities/:id/statements', async (request, reply) => {
    const data = (page.all(request.params.id) as PageRow[]).map(({ speakerId, speakerName, speakerType, ...row }) => ({ ...row, speaker: { id: speakerId, name: speakerName, type: speakerType } }))
    return reply.type('application/json').send(JSON.stringify({ data }))
  })
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
