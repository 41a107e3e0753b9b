// Search snippets: the best-matching passage, escaped, its matches marked, read from a bounded region of any text.
import t from 'tap'
import { highlight } from '../../src/search/snippets.js'

t.test('highlight marks matching words in an escaped window', async (t) => {
  t.equal(highlight('Les <modèles> open source', 'modele'), 'Les &#60;<mark>modèles</mark>&#62; open source')
  const long = `${'mot '.repeat(50)}cible ${'mot '.repeat(50)}`.trim()
  const snippet = highlight(long, 'cible', 10)
  t.match(snippet, /^….*<mark>cible<\/mark>.*…$/)
  t.equal(highlight('rien à voir', 'cible'), 'rien à voir')
})

t.test('highlight reads a bounded region of a long text, and finds the first match wherever it is', async (t) => {
  const filler = 'réseau équipe marge '.repeat(9000) // 180,000 characters without a match
  const snippet = highlight(`${filler}le Modèle d’Élodie ${filler}`, 'modeles elodie', 12)
  t.match(snippet, /^…(réseau|équipe|marge) .*<mark>Modèle<\/mark> d’<mark>Élodie<\/mark>.*…$/, 'both words marked, 180,000 characters in')
  t.ok(snippet.length < 400, `${snippet.length} characters`)
  t.match(highlight(`${filler}cible`, 'cible'), /<mark>cible<\/mark>$/, 'at the very end too')
  t.equal(highlight(filler, 'cible', 5), 'réseau équipe marge réseau équipe…', 'no match: the start')
  // An accent typed apart from its letter (e + U+0301) is folded the slow way, within the region only.
  t.match(highlight(`${'mot '.repeat(1000)}mode\u0301le`, 'modele', 5), /^mot mot mot mot mot…$/)
})
