// Statement contract: the statement shape, its list filters and envelopes, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { MAX, int32, str } from '../../limits.js'
import { MEDIA, ORIGINS, STANCES, STATEMENT_KINDS } from '../../db/schema.js'
import { STATEMENT_SORTS } from './store.js'
import { listFields } from '../fields.js'
import { ArticleRef, EntityRef, Provenance, SearchMatch, Slug, Span, isoDate, one, pageOf, pageQuery, queryFlag, queryNumber, searchText, slugOf, sortParam } from '../contract.js'

export const StatementKind = z.enum(STATEMENT_KINDS).meta({
  id: 'StatementKind',
  description: '`quote`: a full quotation in « »; `partial_quote`: quoted words embedded in the narrator\'s sentence; `paraphrase`: a claim reported without quotation marks; `no_comment`: a reported refusal or absence of comment.'
})

export const Medium = z.enum(MEDIA).meta({
  id: 'Medium',
  description: 'Where the words were said or published, when the article says so.'
})

export const Statement = z.object({
  id: str(MAX.id).describe('Stable id, derived from the article, speaker (as first stored), kind and text.'),
  article: ArticleRef,
  position: int32(1).describe('Reading order within the article (1 = first).'),
  kind: StatementKind,
  text: str(MAX.text).describe('The words exactly as printed: `article.body.slice(span.start, span.end)`. Quotes exclude the « » marks.'),
  speaker: EntityRef.nullable().describe('Who said it. Organizations speaking through a spokesperson are the speaker. null when the extractor found words but could not tell who said them; `speakerLabel` keeps how the text names the speaker (list them with `hasSpeaker=false`).'),
  speakerLabel: str(MAX.label).describe('How the article names the speaker at this point, e.g. "un porte-parole de NVIDIA" or "il"; for an unresolved speaker, the words the text gives ("a source close to the talks").'),
  medium: Medium.nullable().describe('Where it was said, when the article says so; otherwise null.'),
  stance: z.enum(STANCES).nullable().describe('How the statement leans toward its subjects, when an editor has said so; otherwise null.'),
  ...Provenance,
  subjects: z.array(EntityRef).max(MAX.items).describe('Entities the statement is about.'),
  span: Span,
  search: SearchMatch.optional()
}).meta({
  id: 'Statement',
  description: 'Something an entity said or is reported to have said, tied to the exact characters of its source. An extracted statement may have no resolved speaker (`speaker: null`), with a low confidence, for an editor to review.',
  examples: [{
    id: 'st_593468df5bcd',
    article: { id: 'deepseek-reactions', title: '«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek', publishedDate: '2025', publishedDatePrecision: 'year' },
    position: 2,
    kind: 'quote',
    text: 'Deepseek est une excellente progression de l’IA et un parfait exemple de mise à l’échelle du temps de test',
    speaker: { id: 'nvidia', name: 'Nvidia', type: 'organization' },
    speakerLabel: 'un porte-parole de NVIDIA',
    medium: 'press_statement',
    stance: null,
    origin: 'curated',
    confidence: 1,
    subjects: [{ id: 'deepseek', name: 'DeepSeek', type: 'organization' }],
    span: { start: 905, end: 1011 }
  }]
})

export const StatementList = pageOf(Statement, 'StatementList')
export const StatementResponse = one(Statement, 'StatementResponse')
export const statementFields = listFields(Statement, StatementList, 'id,text,speaker,span')

const SORT_DESCRIPTION = '`-date` (default): newest article first, each article in reading order; `date`: oldest first; `position`: by article, in reading order; `-position`: the reverse; `relevance` (default with `q`): best match first.'

export const statementSortParam = sortParam(STATEMENT_SORTS, SORT_DESCRIPTION)

/** The filters /v1/statements takes; /v1/entities/{id}/statements takes them too, minus the entity ones. */
export const statementFilterQuery = {
  article: Slug.optional().meta({ description: 'Only statements from this article id.', examples: ['deepseek-reactions'] }),
  kind: z.enum(STATEMENT_KINDS).optional().meta({ description: 'Only statements of this kind.', examples: ['quote'] }),
  medium: z.enum(MEDIA).optional().meta({ description: 'Only statements said or published through this medium.', examples: ['linkedin_post'] }),
  from: isoDate.optional().meta({ description: 'Only statements from articles dated on or after this ISO 8601 date (2025, 2025-01 or 2025-01-28). A partially dated article matches when its period overlaps; undated ones never do.', examples: ['2025-01'] }),
  to: isoDate.optional().meta({ description: 'Only statements from articles dated on or before this ISO 8601 date, read the same way as `from`.', examples: ['2025'] }),
  origin: z.enum(ORIGINS).optional().meta({ description: 'Only statements of this origin: `extracted` (found by the extractor, not yet reviewed) or `curated` (annotated or corrected by an editor).', examples: ['extracted'] }),
  minConfidence: queryNumber(0, 1, { description: 'Only statements the extractor is at least this sure of, from 0 to 1, the bound included (curated statements have 1).', examples: [0.5] }).optional(),
  maxConfidence: queryNumber(0, 1, { description: 'Only statements the extractor is at most this sure of, from 0 to 1, the bound included; with `origin=extracted`, the doubtful ones to review. Must not be below `minConfidence`.', examples: [0.5] }).optional(),
  hasSpeaker: queryFlag({ description: '`false`: only statements whose speaker the extractor could not resolve (`speaker` is null, `speakerLabel` has the text\'s words), for an editor to attribute; `true`: only attributed ones.', examples: ['false'] }),
  q: searchText.optional().meta({ description: 'Full-text search in the statement text: accent- and case-blind, words match as prefixes and in singular or plural, all words must match (the first 16 are searched). Sorts by relevance unless `sort` says otherwise.', examples: ['modele open source'] }),
  sort: statementSortParam
}

export const statementListQuery = z.strictObject({
  speaker: Slug.optional().meta({ description: 'Only statements made by this entity id.', examples: ['sam-altman'] }),
  about: Slug.optional().meta({ description: 'Only statements about this entity id (one of their subjects).', examples: ['deepseek'] }),
  entity: Slug.optional().meta({ description: 'Only statements where this entity id is the speaker or a subject.', examples: ['openai'] }),
  ...statementFilterQuery,
  ...pageQuery,
  fields: statementFields.query
})

export const statementParams = z.strictObject({
  id: z.string().min(1).max(100).meta({ description: 'Statement id.', examples: ['st_593468df5bcd'] })
})

/** Cursor keys per sort: the sort columns of the last row served. */
export const statementCursorKey = {
  '-date': z.tuple([z.string(), z.string(), z.number().int()]),
  date: z.tuple([z.string(), z.string(), z.number().int()]),
  position: z.tuple([z.string(), z.number().int()]),
  '-position': z.tuple([z.string(), z.number().int()]),
  relevance: z.tuple([z.number(), z.number().int()])
} as const

/** An editor's correction of a statement; what is left out stays as it is. */
export const StatementPatch = z.strictObject({
  // Clearing a speaker is refused: the patch makes the statement curated with confidence 1, and an
  // editor vouching for "nobody" would leave the statement both certain and unattributed.
  speaker: slugOf(z.string({ error: (issue) => (issue.input === null ? 'A speaker cannot be cleared: name the entity who said it, or delete the statement.' : undefined) }))
    .optional().describe('The entity who said it; sets the speaker of an unresolved statement too. It cannot be set back to null.'),
  kind: z.enum(STATEMENT_KINDS).optional().describe('The kind of statement.'),
  subjects: z.array(Slug).max(50).optional().describe('Every entity it is about (replaces the list).'),
  stance: z.enum(STANCES).nullable().optional().describe('How it leans toward its subjects; null to clear.'),
  span: Span.optional().describe('Where the words are in the article body: the text is read there, trimmed of whitespace at either end, and the statement takes its place in reading order.')
}).refine((patch) => Object.keys(patch).length > 0, 'Send at least one of speaker, kind, subjects, stance, span.')
  .meta({ id: 'StatementPatch', examples: [{ speaker: 'nvidia', stance: 'positive' }, { span: { start: 905, end: 1011 } }] })

/** A statement an editor adds: the extractor missed it. The text is never sent: the server reads it at the span. */
export const StatementCreate = z.strictObject({
  article: Slug.describe('The article it is in.'),
  span: Span.describe('Where the words are in the article body. The text is read there, trimmed of whitespace at either end.'),
  speaker: Slug.describe('The entity who said it (create it first with POST /v1/entities if it is missing).'),
  kind: StatementKind,
  subjects: z.array(Slug).max(50).optional().describe('Every entity it is about.'),
  medium: Medium.nullable().optional().describe('Where it was said, when the article says.'),
  stance: z.enum(STANCES).nullable().optional().describe('How it leans toward its subjects.')
}).meta({ id: 'StatementCreate', examples: [{ article: 'deepseek-reactions', span: { start: 905, end: 1011 }, speaker: 'sam-altman', kind: 'quote', subjects: ['deepseek'] }] })
