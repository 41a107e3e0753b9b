// Speakers and coreference stage: who a source phrase names, through the knowledge base's affiliations, spokespeople, relative pronouns, transcripts and pronouns.
import t from 'tap'
import { extract, type Knowledge } from '../../src/extract/index.js'

const knowledge: Knowledge = {
  entities: [
    { id: 'microsoft', name: 'Microsoft', type: 'organization', aliases: ['Microsoft'] },
    { id: 'satya-nadella', name: 'Satya Nadella', type: 'person', aliases: ['Satya Nadella'] },
    { id: 'openai', name: 'OpenAI', type: 'organization', aliases: ['OpenAI', 'Openai'] },
    { id: 'chatgpt', name: 'ChatGPT', type: 'product', aliases: ['ChatGPT', 'Chatgpt'] }
  ],
  affiliations: [
    { from: 'satya-nadella', to: 'microsoft', kind: 'works_for', role: 'PDG' },
    { from: 'chatgpt', to: 'openai', kind: 'made_by', role: null }
  ]
}
const speakers = (body: string, language: 'en' | 'fr') => extract(body, language, knowledge).statements.map((s) => s.speaker)

t.test('a role at a known organization is its holder; a product’s maker speaks for it', async (t) => {
  t.same(speakers('Le PDG de Microsoft a déclaré : « L’efficacité élargira l’adoption. »', 'fr'), ['satya-nadella'])
  t.same(speakers('“We will compete,” Microsoft’s chief executive said.', 'en'), ['satya-nadella'], 'PDG and chief executive are one office')
  t.same(speakers('Le fabricant de Chatgpt a affirmé que ses modèles étaient sûrs.', 'fr'), ['openai'])
})

t.test('a spokesperson speaks for the organization, a named one for themself', async (t) => {
  t.same(speakers('« La demande reste forte », a déclaré un porte-parole de Microsoft.', 'fr'), ['microsoft'])
  const x = extract('“No change,” said Microsoft spokeswoman Dana Reyes.', 'en', knowledge)
  t.same(x.statements.map((s) => s.speaker), ['dana-reyes'])
  t.same(speakers('« La demande reste forte », a déclaré un porte-parole de Microsoft.\n\n« Les prix baisseront », a-t-il ajouté.', 'fr'), ['microsoft', 'microsoft'], '"il" goes on for the organization')
})

t.test('a relative pronoun stands for the name before it', async (t) => {
  t.same(speakers('Satya Nadella, who said the cloud would grow, left early.', 'en'), ['satya-nadella'])
})

t.test('a transcript’s label names the speaker', async (t) => {
  const x = extract('Chris Wallace asked Mike Pence about it.\n\n"PENCE: Well, look, we will win this debate."', 'en', knowledge)
  t.same(x.statements.map((s) => [x.newEntities.find((e) => e.id === s.speaker)?.name, s.text]), [['Mike Pence', 'Well, look, we will win this debate.']])
})

t.test('the words of a role say a gender surer than a first name', async (t) => {
  // The first-name lists call Satya female; "Le PDG" says otherwise, so "il" finds him.
  t.same(speakers('Le PDG de Microsoft a déclaré : « Le cloud grandira. »\n\nSelon lui, « la concurrence est saine ».', 'fr'), ['satya-nadella', 'satya-nadella'])
})

t.test('an unnamed group or a common noun is no one the extractor can name', async (t) => {
  const x = extract('“The vote was rigged,” officials said.', 'en', knowledge)
  t.same(x.statements.map((s) => [s.speaker, s.label]), [[null, 'officials']])
})

t.test('a resolved speaker is labelled by name, never by a pronoun or a clause', async (t) => {
  const labels = (body: string, language: 'en' | 'fr') => extract(body, language, knowledge).statements.map((s) => [s.speaker, s.label])
  t.same(labels('« La demande reste forte », a déclaré Satya Nadella.\n\n« Les prix baisseront », a-t-il ajouté.', 'fr'), [['satya-nadella', 'Satya Nadella'], ['satya-nadella', 'Satya Nadella']], '"il" is no name')
  t.same(labels('"Demand is strong," said Satya Nadella. "Prices will fall," he added.', 'en'), [['satya-nadella', 'Satya Nadella'], ['satya-nadella', 'Satya Nadella']], '"he" is no name')
  t.same(labels('“No change,” said Microsoft spokeswoman Dana Reyes.', 'en').map(([, label]) => label), ['Microsoft spokeswoman Dana Reyes'], 'words that name them stay')
  t.same(labels('"We will see," I said.', 'en'), [[null, 'I']], 'an unresolved pronoun is all there is, and stays')
})
