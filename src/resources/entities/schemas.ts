// Entity contract: entity, affiliation and list shapes and their parameters, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { MAX, int32, str } from '../../limits.js'
import { AFFILIATION_KINDS, ENTITY_TYPES, ORIGINS } from '../../db/schema.js'
import { statementFields, statementFilterQuery } from '../statements/schemas.js'
import { listFields } from '../fields.js'
import { EntityRef, Slug, Span, one, pageOf, pageQuery, searchText, sortParam } from '../contract.js'
import { ENTITY_SORTS } from './store.js'

export const EntityType = z.enum(ENTITY_TYPES).meta({ id: 'EntityType', description: 'What kind of entity it is.' })

const entityFields = {
  id: str(MAX.id).describe('Stable human-readable id (slug).'),
  name: str(MAX.name).describe('Canonical name.'),
  type: EntityType,
  description: str(MAX.label).describe('Short neutral description.'),
  origin: z.enum(ORIGINS).describe('`curated`, or `extracted` when the extractor created it from an ingested article.'),
  aliases: z.array(str(MAX.name)).max(MAX.items).describe('Every spelling the knowledge base knows, the canonical name included (the article writes "Openai", "NVIDIA", "XAI").'),
  statementCount: int32().describe('Statements this entity made (as speaker).'),
  subjectCount: int32().describe('Statements about this entity (as a subject).'),
  mentionCount: int32().describe('Times article bodies name it.')
}

const EntityMatch = z.object({
  field: z.enum(['name', 'alias']).describe('Whether the canonical name or an alias matched.'),
  text: str(MAX.name).describe('The spelling that matched.')
}).meta({ id: 'EntityMatch', description: 'Present only when the list is a search (`q`): which spelling matched, as autocomplete shows it.' })

export const Entity = z.object({ ...entityFields, match: EntityMatch.optional() }).meta({
  id: 'Entity',
  description: 'A person, organization, product, platform or concept named in the news.',
  examples: [{
    id: 'sam-altman', name: 'Sam Altman', type: 'person', description: 'Chief executive of OpenAI.', origin: 'curated',
    aliases: ['Sam Altman'], statementCount: 6, subjectCount: 0, mentionCount: 1
  }]
})

export const Affiliation = z.object({
  kind: z.enum(AFFILIATION_KINDS).describe('`works_for`: person → organization; `founded`: person → organization; `owns`: owner → platform or company; `made_by`: product → maker.'),
  role: str(MAX.label).nullable().describe('The role as the article words it ("PDG"), for `works_for`; otherwise null.'),
  from: EntityRef,
  to: EntityRef,
  evidence: z.object({
    articleId: str(MAX.id).describe('The article that supports the affiliation.'),
    text: str(MAX.text).describe('The passage that supports it, exactly as printed.'),
    span: Span
  }).describe('Where the article supports this affiliation.')
}).meta({ id: 'Affiliation', description: 'A directed link between two entities, read "from KIND to" (Sam Altman works_for OpenAI).' })

export const EntityDetail = z.object({
  ...entityFields,
  affiliations: z.array(Affiliation).max(MAX.items).describe('Affiliations in both directions: where this entity is `from` and where it is `to`.')
}).meta({
  id: 'EntityDetail',
  examples: [{
    id: 'sam-altman', name: 'Sam Altman', type: 'person', description: 'Chief executive of OpenAI.', origin: 'curated',
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
export const entityListFields = listFields(Entity, EntityList, 'id,name,statementCount')

export const entityListQuery = z.strictObject({
  type: z.enum(ENTITY_TYPES).optional().meta({ description: 'Only entities of this type.', examples: ['person'] }),
  q: searchText.optional().meta({ description: 'Search names and aliases for autocomplete: accent- and case-blind, each word matching the start of a word ("alt" finds Sam Altman, "echelle" finds Scale AI through its alias "l’échelle de l’IA"). Each hit says which spelling matched. Sorts by relevance unless `sort` says otherwise.', examples: ['musk'] }),
  sort: sortParam(ENTITY_SORTS, '`name` (default): A to Z; `statementCount`: statements made; `subjectCount`: statements about it; `mentionCount`: times named; a leading `-` reverses (`-statementCount`: most quoted first); `relevance` (default with `q`): best match first.'),
  ...pageQuery,
  fields: entityListFields.query
})

export const entityParams = z.strictObject({
  id: Slug.meta({ description: 'Entity id (slug).', examples: ['sam-altman'] })
})

export const entityStatementsQuery = z.strictObject({
  role: z.enum(['speaker', 'subject', 'any']).optional().default('any')
    .meta({ description: '`speaker`: statements the entity made; `subject`: statements about it; `any`: either.', default: 'any', examples: ['speaker'] }),
  ...statementFilterQuery,
  ...pageQuery,
  fields: statementFields.query
})

/** Cursor keys per sort: the sort columns of the last row served. */
export const entityCursorKey = (sort: string) =>
  sort === 'relevance' ? z.tuple([z.number(), z.number().int()]) : z.tuple([sort.endsWith('name') ? z.string() : z.number().int(), z.string()])

const nameInput = (what: string) => z.string().trim().min(1, `${what} cannot be blank.`).max(MAX.name)
const aliasesInput = z.array(nameInput('An alias')).max(100)
  .describe('Other spellings articles use ("Altman", "le patron d’OpenAI"); the name is always one of them.')

/** A new entity an editor adds (a speaker the extractor missed, say). */
export const EntityCreate = z.strictObject({
  id: Slug.optional().describe('Its slug; by default the slug of its name ("Tim Kaine" → `tim-kaine`).'),
  name: nameInput('A name').describe('Canonical name.'),
  type: EntityType,
  description: str(MAX.label).trim().optional().describe('Short neutral description; empty by default.'),
  aliases: aliasesInput.optional()
}).meta({ id: 'EntityCreate', examples: [{ name: 'Tim Kaine', type: 'person', description: 'United States senator from Virginia.', aliases: ['Kaine'] }] })

/** An editor's correction of an entity; what is left out stays as it is. */
export const EntityPatch = z.strictObject({
  name: nameInput('A name').optional().describe('Canonical name. The old one stays an alias unless `aliases` is sent too.'),
  type: EntityType.optional(),
  description: str(MAX.label).trim().optional().describe('Short neutral description.'),
  aliases: aliasesInput.optional().describe('Every alias, replacing the ones there are; the name is always kept as one.')
}).refine((patch) => Object.keys(patch).length > 0, 'Send at least one of name, type, description, aliases.')
  .meta({ id: 'EntityPatch', examples: [{ name: 'Jean-Marie Le Pen', description: 'French far-right politician, founder of the Front national.' }] })

export const EntityMerge = z.strictObject({
  into: Slug.describe('The entity that stays: everything that refers to this one moves to it.')
}).meta({ id: 'EntityMerge', examples: [{ into: 'jean-marie-le-pen' }] })
