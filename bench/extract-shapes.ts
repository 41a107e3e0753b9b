// Text shapes that stress the extractor (many quotations, names, pronouns or figures in one sentence or article), sized to a number of characters.

const repeat = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.floor(chars / unit.length)))
const NAMES = (i: number) => `Jean${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))} Dupont${i % 7}`

/** The shapes written in French, extracted with the French lexicon. */
export const FRENCH_SHAPES = new Set(['bare guillemets', 'pronouns', 'mentions and quotes', 'percents', 'periods inside quotes', 'paragraphs', 'reported speech', 'names and pronouns'])

export const PATHOLOGICAL: Record<string, (chars: number) => string> = {
  'quotes with cues': (chars) => repeat('“a” said ', chars),
  'bare guillemets': (chars) => repeat('« a » ', chars),
  'new speakers': (chars) => Array.from({ length: Math.floor(chars / 27) }, (_, i) => `“ok,” said ${NAMES(i)},`).join(' ') + '.',
  pronouns: (chars) => repeat('« oui », a-t-il ajouté. ', chars),
  'mentions and quotes': (chars) => repeat('Nvidia et OpenAI « bien » selon Sam Altman, ', chars),
  percents: (chars) => `Les actions ${repeat('Nvidia a chuté de 3 %, ', chars)} capitalisation 4 milliards de dollars (3 milliards d’euros).`,
  'periods inside quotes': (chars) => repeat('« a. B. c » ', chars),
  paragraphs: (chars) => repeat('« Oui », a dit Sam Altman.\n\n', chars),
  'one long word': (chars) => 'a'.repeat(chars),
  'reported speech': (chars) => `${repeat('Il a dit que ', chars)}fin.`,
  // Each quotation attributed to a new surname: the shape that took 169 s when surnames were searched by a regex per word.
  'new surnames': (chars) => Array.from({ length: Math.floor(chars / 33) }, (_, i) => `“One two three,” said Q${i.toString(36)}x.`).join(' '),
  'said Mr.': (chars) => Array.from({ length: Math.floor(chars / 45) }, (_, i) => `"It is empire building," Mr. Moffett${i % 50} said.`).join(' '),
  'names and pronouns': (chars) => Array.from({ length: Math.floor(chars / 70) }, (_, i) => `Jean-Marie Le ${NAMES(i)} a déclaré : « oui ». « Non », a-t-il ajouté.`).join(' '),
  'long sentence of names': (chars) => `${Array.from({ length: Math.floor(chars / 20) }, (_, i) => `Mr. ${NAMES(i)},`).join(' ')} said “yes.”`,
  'one long paragraph of clauses': (chars) => repeat('He said that she told them that it was true, ', chars),
  'unclosed quotes': (chars) => repeat('“ a b c ', chars),
  'straight quotes': (chars) => repeat('"a b" said X. ', chars)
}
