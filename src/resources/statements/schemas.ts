// Statement contract: the statement shape, its list filters and envelopes, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { MEDIA, STATEMENT_KINDS } from '../../db/schema.js'
import { ArticleRef, EntityRef, Slug, Span, one, pageOf, pageQuery } from '../shared.js'

export const StatementKind = z.enum(STATEMENT_KINDS).meta({
  id: 'StatementKind',
  description: '`quote`: a full quotation in « »; `partial_quote`: quoted words embedded in the narrator\'s sentence; `paraphrase`: a claim reported without quotation marks; `no_comment`: a reported refusal or absence of comment.'
})

export const Medium = z.enum(MEDIA).meta({
  id: 'Medium',
  description: 'Where the words were said or published, when the article says so.'
})

export const Statement = z.object({
  id: z.string().describe('Stable id, derived from the article, speaker, kind and text.'),
  article: ArticleRef,
  position: z.number().int().min(1).describe('Reading order within the article (1 = first).'),
  kind: StatementKind,
  text: z.string().describe('The words exactly as printed: `article.body.slice(span.start, span.end)`. Quotes exclude the « » marks.'),
  speaker: EntityRef.describe('Who said it. Organizations speaking through a spokesperson are the speaker.'),
  speakerLabel: z.string().describe('How the article names the speaker at this point, e.g. "un porte-parole de NVIDIA" or "il".'),
  medium: Medium.nullable().describe('Where it was said, when the article says so; otherwise null.'),
  subjects: z.array(EntityRef).describe('Entities the statement is about.'),
  span: Span
}).meta({
  id: 'Statement',
  description: 'Something an entity said or is reported to have said, tied to the exact characters of its source.',
  examples: [{
    id: 'st_593468df5bcd',
    article: { id: 'deepseek-reactions', title: '«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek', publishedDate: '2025', publishedDatePrecision: 'year' },
    position: 2,
    kind: 'quote',
    text: 'Deepseek est une excellente progression de l’IA et un parfait exemple de mise à l’échelle du temps de test',
    speaker: { id: 'nvidia', name: 'Nvidia', type: 'organization' },
    speakerLabel: 'un porte-parole de NVIDIA',
    medium: 'press_statement',
    subjects: [{ id: 'deepseek', name: 'DeepSeek', type: 'organization' }],
    span: { start: 905, end: 1011 }
  }]
})

export const StatementList = pageOf(Statement, 'StatementList')
export const StatementResponse = one(Statement, 'StatementResponse')

export const statementListQuery = z.strictObject({
  speaker: Slug.optional().meta({ description: 'Only statements made by this entity id.', examples: ['sam-altman'] }),
  about: Slug.optional().meta({ description: 'Only statements about this entity id (one of their subjects).', examples: ['deepseek'] }),
  article: Slug.optional().meta({ description: 'Only statements from this article id.', examples: ['deepseek-reactions'] }),
  kind: z.enum(STATEMENT_KINDS).optional().meta({ description: 'Only statements of this kind.', examples: ['quote'] }),
  ...pageQuery
})

export const statementParams = z.strictObject({
  id: z.string().min(1).max(100).meta({ description: 'Statement id.', examples: ['st_593468df5bcd'] })
})

export const STATEMENT_SORT = 'reading-order'
export const statementCursorKey = z.tuple([z.string(), z.number().int()])
