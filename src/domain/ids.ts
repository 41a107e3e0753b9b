// Ids and slugs of what the knowledge base stores: readable slugs for articles, content-derived ids for statements and market events, the same whoever writes them (seed or ingestion).
import { createHash } from 'node:crypto'

const shortHash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)

/** A lower-case ASCII slug of `name`, accents dropped ("Élodie Côté" → "elodie-cote"), at most 100 characters; '' when no letter or digit is left. */
export const slugOf = (name: string) =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 100).replace(/^-+|-+$/g, '')

/** The same, "entite" when nothing is left. */
export const slugify = (name: string) => slugOf(name) || 'entite'

/** What makes two posted articles the same: language, title and body. */
export const contentHash = (input: { language: string, title: string, body: string }) =>
  createHash('sha256').update(`${input.language}\u0000${input.title}\u0000${input.body}`).digest('hex')

/** An ingested article's id: its title's slug, told apart from a namesake by its content hash. */
export const articleId = (title: string, hash: string) => `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${hash.slice(0, 8)}`

/**
 * A statement's id, from its content. An unresolved speaker (null) hashes as '', which no entity
 * id can be, so the ids of statements with a speaker are the ones they always had.
 */
export const statementId = (articleId: string, speakerId: string | null, kind: string, text: string) =>
  `st_${shortHash(articleId, speakerId ?? '', kind, text)}`

export const marketEventId = (articleId: string, entityId: string, kind: string, text: string) =>
  `me_${shortHash(articleId, entityId, kind, text)}`
