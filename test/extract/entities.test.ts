// Entity stage: linking to the knowledge base and to the article's introductions, what may become an entity, and the mentions kept.
import t from 'tap'
import { Registry, surnameOf, wellFormed } from '../../src/extract/entities.js'
import { lexicon as en } from '../../src/extract/lexicon/en.js'
import type { Name } from '../../src/extract/names.js'
import type { Knowledge } from '../../src/extract/types.js'

const name = (text: string, extra: Partial<Name> = {}): Name =>
  ({ start: 0, end: text.length, text, words: text.split(/\s+/), honorific: null, role: null, gender: null, type: 'person', possessive: false, ...extra })

const knowledge: Knowledge = {
  entities: [
    { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'person', aliases: ['Hillary Clinton'] },
    { id: 'bill-clinton', name: 'Bill Clinton', type: 'person', aliases: ['Bill Clinton'] },
    { id: 'jensen-huang', name: 'Jensen Huang', type: 'person', aliases: ['Jensen Huang', 'Huang'] },
    { id: 'nvidia', name: 'Nvidia', type: 'organization', aliases: ['NVIDIA'] }
  ],
  affiliations: []
}

t.test('exact spellings link, case and accents aside', async (t) => {
  const r = new Registry(knowledge, en, 'en')
  t.equal(r.resolveName(name('NVIDIA', { type: 'organization' }), { create: false }), 'nvidia')
  t.equal(r.resolveName(name('nvidia', { type: 'organization' }), { create: false }), 'nvidia')
})

t.test('a surname alone: the article’s introduction first, else the one person of the knowledge base', async (t) => {
  const r = new Registry(knowledge, en, 'en')
  t.equal(r.resolveName(name('Huang'), { create: false }), 'jensen-huang', 'one Huang in the knowledge base')
  t.equal(r.resolveName(name('Clinton'), { create: false }), undefined, 'two Clintons: not enough evidence')
  t.equal(r.resolveName(name('Bill Clinton'), { create: false }), 'bill-clinton')
  t.equal(r.resolveName(name('Clinton'), { create: false }), 'bill-clinton', 'the article introduced Bill')
  const id = r.resolveName(name('Jennifer Palmieri', { gender: 'f' }), { create: true })!
  t.equal(r.resolveName(name('Palmieri'), { create: true }), id, 'a new person’s surname finds her')
  t.equal(r.resolveName(name('Palmieri', { gender: 'm' }), { create: false }), undefined, 'not with the other gender')
})

t.test('only well-formed names become entities', async (t) => {
  for (const bad of ['But Mr', 'On Russia', 'Last November', 'D.']) t.notOk(wellFormed(name(bad), en), bad)
  t.ok(wellFormed(name('King', { honorific: 'mr.' }), en), '"Mr. King" is a name')
  t.ok(wellFormed(name('Jean-Luc Mélenchon'), en))
  const r = new Registry(knowledge, en, 'en')
  t.equal(r.resolveName(name('But Mr'), { create: true }), undefined)
})

t.test('created entities are kept only when used, with their mentions', async (t) => {
  const r = new Registry(knowledge, en, 'en')
  const used = r.create('Lena Ortiz', 'person', 'f')
  const unused = r.create('Ray Vance', 'person', 'm')
  r.mention(used, { start: 0, end: 10 }, 'Lena Ortiz')
  r.mention(unused, { start: 20, end: 29 }, 'Ray Vance')
  r.mention('nvidia', { start: 40, end: 46 }, 'Nvidia')
  r.use(used)
  const { newEntities, mentions } = r.result()
  t.same(newEntities.map((e) => e.id), ['lena-ortiz'])
  t.same(mentions.map((m) => m.entityId), ['lena-ortiz', 'nvidia'])
})

t.test('what the text says of a gender overrides a first-name guess', async (t) => {
  const r = new Registry(knowledge, en, 'en')
  const id = r.create('Satya Nadella', 'person', 'f')
  r.setGender(id, 'm', true)
  t.equal(r.genderOf(id), 'm')
  r.setGender(id, 'f')
  t.equal(r.genderOf(id), 'm', 'a guess does not undo it')
})

t.test('surnames', async (t) => {
  t.equal(surnameOf('Donald Trump Jr.'), 'Trump')
})
