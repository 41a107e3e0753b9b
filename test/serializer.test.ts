// Compiled response serialization: the JSON it writes equals JSON.stringify of the schema's fields, nothing more.
import t from 'tap'
import { z } from 'zod'
import { responseJsonSchema, serializerCompiler } from '../src/serializer.js'

const compile = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '/', httpStatus: '200' } as Parameters<typeof serializerCompiler>[0])

t.test('fields outside the schema are dropped, never leaked', async (t) => {
  const stringify = compile(z.object({ id: z.string(), description: z.string() }))
  t.equal(stringify({ id: 'x', description: 'd', password: 'hunter2' }), '{"id":"x","description":"d"}')
})

t.test('nullable fields, references and single allOf become plain schemas', async (t) => {
  const Ref = z.object({ name: z.string() }).meta({ id: 'SerializerTestRef' })
  const schema = z.object({ maybe: z.string().nullable(), ref: Ref.describe('a described reference'), kind: z.enum(['a', 'b']).nullable() })
  t.same(responseJsonSchema(schema), {
    type: 'object',
    properties: {
      maybe: { type: ['string', 'null'] },
      ref: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false },
      kind: { type: ['string', 'null'], enum: ['a', 'b'] }
    },
    required: ['maybe', 'ref', 'kind'],
    additionalProperties: false
  })
  const stringify = compile(schema)
  const value = { maybe: null, ref: { name: 'n' }, kind: 'a' }
  t.equal(stringify(value), JSON.stringify(value))
})

t.test('French text, quotes and control characters are escaped as JSON.stringify does', async (t) => {
  const stringify = compile(z.object({ text: z.string() }))
  for (const text of ['«\u00a0évidemment\u00a0»', 'il a dit "oui"\n', 'l’IA \u0000 \u2028', '\uD800']) {
    t.same(JSON.parse(stringify({ text })), { text: JSON.parse(JSON.stringify(text)) })
  }
})
