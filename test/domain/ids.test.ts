// Ids and slugs: readable, accent-free slugs, and content-derived ids that the seed and ingestion compute alike.
import t from 'tap'
import { articleId, contentHash, marketEventId, slugify, statementId } from '../../src/domain/ids.js'

t.test('slugs are lower-case ASCII, accents dropped, never empty', async (t) => {
  t.equal(slugify('Jean-Marie Le Pen'), 'jean-marie-le-pen')
  t.equal(slugify('Élodie Côté’s'), 'elodie-cote-s')
  t.equal(slugify('!!!'), 'entite')
  t.equal(slugify('a'.repeat(150)).length, 100)
})

t.test('ids derive from content: the same input gives the same id, any change another', async (t) => {
  const hash = contentHash({ language: 'fr', title: 'Réactions', body: 'Texte.' })
  t.equal(hash, contentHash({ language: 'fr', title: 'Réactions', body: 'Texte.' }))
  t.not(hash, contentHash({ language: 'en', title: 'Réactions', body: 'Texte.' }))
  t.match(articleId('Réactions à DeepSeek', hash), /^reactions-a-deepseek-[0-9a-f]{8}$/)
  t.match(statementId('a-1', 'sam-altman', 'quote', 'Bonjour'), /^st_[0-9a-f]{12}$/)
  t.not(statementId('a-1', null, 'quote', 'Bonjour'), statementId('a-1', 'sam-altman', 'quote', 'Bonjour'), 'an unresolved speaker hashes apart')
  t.match(marketEventId('a-1', 'nvidia', 'share_price_change', '-17 %'), /^me_[0-9a-f]{12}$/)
})
