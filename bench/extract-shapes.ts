// Text shapes that stress the extractor (many quotations, names, pronouns or figures in one sentence or article), sized to a number of characters.

const repeat = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.floor(chars / unit.length)))
const NAMES = (i: number) => `Jean${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))} Dupont${i % 7}`

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
  'reported speech': (chars) => `${repeat('Il a dit que ', chars)}fin.`
}
