// Entity contract: entity, affiliation and list shapes and their parameters, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { AFFILIATION_KINDS, ENTITY_TYPES } from '../../db/schema.js'
import { EntityRef, Slug, Span, one, pageOf, pageQuery } from '../shared.js'

export const EntityType = z.enum(ENTITY_TYPES).meta({ id: 'EntityType', description: 'What kind of entity it is.' })

const entityFields = {
  id: z.string().describe('Stable human-readable id (slug).'),
  name: z.string().describe('Canonical name.'),
  type: EntityType,
  description: z.string().describe('Short neutral description.'),
  aliases: z.array(z.string()).describe('Every spelling the knowledge base knows, the canonical name included (the article writes "Openai", "NVIDIA", "XAI").'),
  statementCount: z.number().int().min(0).describe('Statements this entity made (as speaker).'),
  subjectCount: z.number().int().min(0).describe('Statements about this entity (as a subject).'),
  mentionCount: z.number().int().min(0).describe('Times article bodies name it.')
}

export const Entity = z.object(entityFields).meta({
  id: 'Entity',
  description: 'A person, organization, product, platform or concept named in the news.',
  examples: [{
    id: 'sam-altman', name: 'Sam Altman', type: 'person', description: 'Chief executive of OpenAI.',
    aliases: ['Sam Altman'], statementCount: 6, subjectCount: 0, mentionCount: 1
  }]
})

export const Affiliation = z.object({
  kind: z.enum(AFFILIATION_KINDS).describe('`works_for`: person → organization; `founded`: person → organization; `owns`: owner → platform or company; `made_by`: product → maker.'),
  role: z.string().nullable().describe('The role as the article words it ("PDG"), for `works_for`; otherwise null.'),
  from: EntityRef,
  to: EntityRef,
  evidence: z.object({
    articleId: z.string().describe('The article that supports the affiliation.'),
    text: z.string().describe('The passage that supports it, exactly as printed.'),
    span: Span
  }).describe('Where the article supports this affiliation.')
}).meta({ id: 'Affiliation', description: 'A directed link between two entities, read "from KIND to" (Sam Altman works_for OpenAI).' })

export const EntityDetail = z.object({
  ...entityFields,
  affiliations: z.array(Affiliation).describe('Affiliations in both directions: where this entity is `from` and where it is `to`.')
}).meta({
  id: 'EntityDetail',
  examples: [{
    id: 'sam-altman', name: 'Sam Altman', type: 'person', description: 'Chief executive of OpenAI.',
    aliases: ['Sam Altman'], statementCount: 6, subjectCount: 0, mentionCount: 1,
    affiliations: [{
      kind: 'works_for', role: 'PDG',
      from: { id: 'sam-altman', name: 'Sam Altman', type: 'person' },
      to: { id: 'openai', name: 'OpenAI', type: 'organization' },
      evidence: { articleId: 'deepseek-reactions', text: 'Le PDG d’Openai, Sam Altman', span: { start: 4097, end: 4124 } }
    }]
  }]
})

export const EntityList = pageOf(Entity, 'EntityList')
export const EntityResponse = one(EntityDetail, 'EntityResponse')

export const entityListQuery = z.strictObject({
  type: z.enum(ENTITY_TYPES).optional().meta({ description: 'Only entities of this type.', examples: ['person'] }),
  q: z.string().min(1).max(200).optional().meta({ description: 'Case- and accent-blind substring of a name or alias ("openai" finds OpenAI, "meta" finds Méta).', examples: ['musk'] }),
  ...pageQuery
})

export const entityParams = z.strictObject({
  id: Slug.meta({ description: 'Entity id (slug).', examples: ['sam-altman'] })
})

export const entityStatementsQuery = z.strictObject({
  role: z.enum(['speaker', 'subject', 'any']).optional().default('any')
    .meta({ description: '`speaker`: statements the entity made; `subject`: statements about it; `any`: either.', default: 'any', examples: ['speaker'] }),
  ...pageQuery
})

export const ENTITY_SORT = 'name'
export const entityCursorKey = z.tuple([z.string(), z.string()])
