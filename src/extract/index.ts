// The extractor: who said what, about whom, and the market figures, from an article's text in French or English. Pure functions: no HTTP, no database.
import type { AffiliationKind, EntityType, MarketEventKind, Medium, StatementKind } from '../db/schema.js'
import { countWords, insertSorted, paragraphs, plain, quotations, sentences, within, type Quotation, type Range } from './text.js'

export interface KnownEntity {
  id: string
  name: string
  type: EntityType
  aliases: string[]
}

export interface KnownAffiliation {
  from: string
  to: string
  kind: AffiliationKind
  role: string | null
}

/** What the knowledge base already knows: entities to link to, affiliations to resolve roles with. */
export interface Knowledge {
  entities: KnownEntity[]
  affiliations: KnownAffiliation[]
}

export interface ExtractedStatement extends Range {
  speaker: string | null
  label: string
  kind: StatementKind
  text: string
  medium: Medium | null
  about: string[]
  confidence: number
}

export interface ExtractedEntity {
  id: string
  name: string
  type: EntityType
  description: string
}

export interface ExtractedMention extends Range {
  entityId: string
  text: string
}

export interface ExtractedFigure {
  value: number
  unit: 'percent' | 'currency'
  currency: string | null
  text: string
}

export interface ExtractedMarketEvent extends Range {
  entity: string
  kind: MarketEventKind
  direction: 'up' | 'down'
  figures: ExtractedFigure[]
  text: string
  confidence: number
}

export interface Extraction {
  statements: ExtractedStatement[]
  /** Entities the text names that the knowledge base did not know. */
  newEntities: ExtractedEntity[]
  mentions: ExtractedMention[]
  marketEvents: ExtractedMarketEvent[]
}

export type Language = 'fr' | 'en'

export const slugify = (name: string) => plain(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'entite'

// Reporting verbs, after the quote ("», a déclaré X") or before it ("X a déclaré : «").
const CUES = String.raw`ajoutant|adding|(?:a|ont|avait)(?:-t-(?:il|elle|ils|elles))?\s+(?:\p{L}+ment\s+)?(?:d[ée]clar[ée]e?s?|r[ée]agi|dit|ajout[ée]e?s?|affirm[ée]e?s?|estim[ée]e?s?|expliqu[ée]e?s?|[ée]crit|r[ée]pondu|indiqu[ée]e?s?|soulign[ée]e?s?|assur[ée]e?s?|confi[ée]e?s?|lanc[ée]e?s?|averti|pr[ée]cis[ée]e?s?|reconnu|d[ée]clar[ée]|all[ée]gu[ée]|sugg[ée]r[ée]|annonc[ée]|martel[ée]|insist[ée]|fait valoir|tweet[ée])|d[ée]clare|ajoute|affirme|explique|estime|selon|d['’]apr[èe]s|said|says|told|added|wrote|writes|stated|explained|noted|warned|argued|replied|responded|tweeted|posted|insisted|according to|alleged|suggested|claimed|announced`
const CUE = new RegExp(`(?:^|[^\\p{L}])(${CUES})(?![\\p{L}])`, 'iu')
const PRONOUN = /(?:^|[^\p{L}])(il|elle|lui|-t-il|-t-elle|he|she|him|her)(?![\p{L}])/iu
const SPOKESPERSON = /(?:porte-parole|spokes(?:person|man|woman)|representative|repr[ée]sentant)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|for\s+|of\s+|at\s+)?/iu
const ROLE = /(PDG|pr[ée]sident(?:e)?|directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|directeur financier|directrice financi[èe]re|chief financial officer|CFO|directeur|directrice|patron(?:ne)?|fondat(?:eur|rice)|cofondat(?:eur|rice)|ministre|chef|responsable|[ée]conomiste|analyste|principal scientifique[^,]*?|chief executive(?: officer)?|CEO|president|chair(?:man|woman)?|founder|co-founder|head|chief scientist|chief [a-z]+ officer|economist|analyst|minister|director)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+|at\s+)/iu
const MAKER = /(?:fabricant|cr[ée]ateur|[ée]diteur|maker|creator|developer)\s+(?:de\s+|du\s+|d['’]|of\s+)/iu
const TERM_BEFORE = /(?:^|[^\p{L}])(quatre|trois|deux|cinq|six|dix|des|les|ces|leurs|un|une|l['’]un des|l['’]une des|appel[ée]e?s?|nomm[ée]e?s?|dit(?:e|es|s)?|surnomm[ée]e?s?|so-called|called|dubbed|termed|named|the|a|an|its|their|\d+)\s*$/iu
const NO_COMMENT = /(n['’]a pas (?:souhait[ée] )?(?:comment[ée]|r[ée]agi|r[ée]pondu)[^.;]*|a refus[ée] de commenter[^.;]*|s['’]est refus[ée] [àa] tout commentaire|n['’]ait rien publi[ée][^.;,]*|declined to comment[^.;]*|did not (?:respond|comment|reply)[^.;]*|could not be reached for comment[^.;]*)/iu
const REPORTED = /(?:^|[^\p{L}])(a (?:\p{L}+ment )?(?:all[ée]gu[ée]|sugg[ée]r[ée]|d[ée]clar[ée]|dit|affirm[ée]|estim[ée]|ajout[ée]|indiqu[ée]|annonc[ée]|assur[ée]|pr[ée]cis[ée]|expliqu[ée]|soulign[ée])|qui (?:sugg[èe]re|affirme|estime|assure|pense|dit|d[ée]clare)|alleged|suggested|said|claimed|argued|announced|added|warned|told [^.«“"]{0,40}?)\s+(?:[^.«“"]{0,60}?\s)?(qu['’]|que\s|that\s)/iu
// Praise and blame reported without a clause: the predicate is the claim ("a salué la société chinoise pour sa technologie").
const JUDGED = /(?:^|[^\p{L}])((?:a|ont) (?:salu[ée]|critiqu[ée]|f[ée]licit[ée]|d[ée]nonc[ée]|fustig[ée])|praised|criticized|criticised|hailed|welcomed|condemned)\s/iu
// Attribution at the end of a sentence without a reporting verb: "…, selon les informations."
const ACCORDING = /,\s*(?:selon|d['’]apr[èe]s|according to)\s+([^,.]+)\.?$/iu
// Generic words that look like names but are not organizations.
const NOT_NAMES = new Set(['ia', 'ai', 'llm', 'gpu', 'big', 'tech', 'league', 'wall street'])
const NAME = /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+|le\s+)?\p{Lu}[\p{Ll}'’-]+)+/u

interface Linker {
  mentions: ExtractedMention[]
  byId: Map<string, KnownEntity>
}

const WORD = /[\p{L}\p{N}]+/gu
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * Whole-word occurrences of every known spelling; where spellings overlap, the longest wins.
 * Spellings are looked up by their first word in an index of the body's words, so the cost
 * grows with the text and the matches, not with text × knowledge base.
 */
function link (body: string, knowledge: Knowledge): Linker {
  const byId = new Map(knowledge.entities.map((e) => [e.id, e]))
  const words = new Map<string, number[]>()
  for (const m of body.matchAll(WORD)) {
    const at = words.get(m[0])
    if (at) at.push(m.index)
    else words.set(m[0], [m.index])
  }
  const found: ExtractedMention[] = []
  for (const e of knowledge.entities) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      if (alias.length < 2 && alias !== 'X') continue
      const first = /^[\p{L}\p{N}]+/u.exec(alias)?.[0]
      const candidates = first === undefined ? allIndexes(body, alias) : words.get(first) ?? []
      for (const at of candidates) {
        if (body.startsWith(alias, at) && !isWordChar(body[at - 1]) && !isWordChar(body[at + alias.length])) found.push({ entityId: e.id, start: at, end: at + alias.length, text: alias })
      }
    }
  }
  found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start))
  const kept: ExtractedMention[] = []
  for (const m of found) {
    const last = kept[kept.length - 1]
    if (last && m.start < last.end) continue
    kept.push(m)
  }
  return { mentions: kept, byId }
}

function allIndexes (body: string, text: string): number[] {
  const found: number[] = []
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) found.push(at)
  return found
}

// How far from a quotation its attribution may be: cues, speakers and terms are near it, and
// a bounded look keeps a sentence of ten thousand quotations linear (the longest attribution
// in the annotated articles is about 110 characters).
const WINDOW = 200
// How far back a pronoun may find the person it stands for.
const ANTECEDENT_WINDOW = 2000

const MEDIUM_CUES: [RegExp, Medium][] = [
  [/linkedin/i, 'linkedin_post'],
  [/(?:sur|on)\s+X\b|\btweet|\bpost(?:ed)? on X\b|plate-forme X|platform X/u, 'x_post'],
  [/appel de b[ée]n[ée]fices|earnings call|conf[ée]rence (?:t[ée]l[ée]phonique )?(?:sur les|de) r[ée]sultats/i, 'earnings_call'],
  [/communiqu[ée]|press release|statement to|told\s+\p{Lu}|a d[ée]clar[ée] [àa] \p{Lu}|a d[ée]clar[ée] [àa] L['’]/iu, 'press_statement']
]

function mediumOf (sentence: string): Medium | null {
  for (const [re, medium] of MEDIUM_CUES) if (re.test(sentence)) return medium
  return null
}

interface Speaker {
  id: string
  label: string
  confidence: number
}

/**
 * Extracts statements, new entities, mentions and market figures from `body`, linking to what
 * `knowledge` knows. Every item carries its span in `body` and a confidence.
 */
export function extract (body: string, language: Language, knowledge: Knowledge): Extraction {
  const linker = link(body, knowledge)
  const newEntities = new Map<string, ExtractedEntity>()
  const newMentions: ExtractedMention[] = []
  const paragraphList = paragraphs(body)
  const paragraphIndex = (at: number) => {
    let lo = 0
    let hi = paragraphList.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const p = paragraphList[mid]!
      if (at < p.start) hi = mid - 1
      else if (at > p.end) lo = mid + 1
      else return mid
    }
    return -1
  }
  const paragraphOf = (at: number) => paragraphList[paragraphIndex(at)] ?? { start: 0, end: body.length }
  const quotes = quotations(body)
  const quotesIn = (range: Range) => within(quotes, range, (q) => q.outer)
  const statements: ExtractedStatement[] = []
  const marketEvents: ExtractedMarketEvent[] = []
  let previous: Speaker | undefined

  const mentionsIn = (range: Range) => within(linker.mentions, range, (m) => m)
  const typeOf = (id: string) => linker.byId.get(id)?.type ?? newEntities.get(id)?.type
  const knownByName = new Map<string, string>()
  for (const e of knowledge.entities) {
    for (const spelling of [e.name, ...e.aliases]) if (!knownByName.has(plain(spelling))) knownByName.set(plain(spelling), e.id)
  }
  const personBySurname = new Map<string, string>()
  for (const e of knowledge.entities) {
    const surname = e.name.split(/\s+/).pop()
    if (e.type === 'person' && surname && !personBySurname.has(surname)) personBySurname.set(surname, e.id)
  }

  /** An entity for a name the knowledge base does not know. */
  const create = (name: string, type: EntityType): string => {
    const known = knownByName.get(plain(name))
    if (known) return known
    let id = slugify(name)
    while (linker.byId.has(id) && plain(linker.byId.get(id)!.name) !== plain(name)) id = `${id}-2`
    if (!newEntities.has(id)) {
      newEntities.set(id, { id, name, type, description: `${type === 'person' ? 'Person' : 'Organization'} named in an ingested article.` })
      for (const at of allIndexes(body, name)) insertSorted(newMentions, { entityId: id, start: at, end: at + name.length, text: name })
    }
    return id
  }

  /** The organization a role or spokesperson phrase names, from its mention or its capitalized name. */
  const organizationAfter = (text: string, offset: number): string | undefined => {
    const range = { start: offset, end: offset + Math.min(text.length, 80) }
    const mention = mentionsIn(range).find((m) => m.start - offset < 12)
    if (mention) {
      const entity = linker.byId.get(mention.entityId)
      // "le fabricant de Chatgpt": a product stands for its maker.
      if (entity?.type === 'product') return knowledge.affiliations.find((a) => a.from === entity.id && a.kind === 'made_by')?.to ?? entity.id
      return mention.entityId
    }
    const name = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*/u.exec(text)
    return name && !NOT_NAMES.has(plain(name[0])) && name[0].length > 2 ? create(name[0], 'organization') : undefined
  }

  /** The person a pronoun points to: the last person named in this or the previous paragraph, else the last speaker. */
  const antecedent = (at: number): string | undefined => {
    const here = paragraphIndex(at)
    const from = Math.max(paragraphList[Math.max(0, here - 1)]?.start ?? 0, at - ANTECEDENT_WINDOW)
    const lastPerson = (list: ExtractedMention[]) => within(list, { start: from, end: at }, (m) => m).filter((m) => typeOf(m.entityId) === 'person').pop()
    const person = [lastPerson(linker.mentions), lastPerson(newMentions)].filter((m) => m !== undefined).sort((a, b) => a.start - b.start).pop()
    return person?.entityId ?? previous?.id
  }

  /** A single surname ("Raman", "Becker") names the person the article introduced with it. */
  const introductions = new Map<string, string | null>()
  const bySurname = (label: string): string | undefined => {
    for (const word of (label.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).slice(0, 8)) {
      const known = personBySurname.get(word)
      if (known) return known
      // Where the text first gives the full name ("Priya Raman" before "Raman"); searched once per word.
      if (!introductions.has(word)) introductions.set(word, new RegExp(`\\p{Lu}[\\p{Ll}'’-]+\\s+${word}(?![\\p{L}])`, 'u').exec(body)?.[0] ?? null)
      const introduced = introductions.get(word)
      if (introduced) return create(introduced, 'person')
    }
    return undefined
  }

  /** Who a speaker phrase ("un porte-parole de NVIDIA", "Le PDG de Meta, Mark Zuckerberg", "il") names. */
  const resolve = (phrase: string, offset: number): Speaker | undefined => {
    const label = phrase.trim().replace(/^[,:\s]+|[,:\s.]+$/g, '')
    if (!label) return undefined
    const labelOffset = offset + phrase.indexOf(label)
    const spokesperson = SPOKESPERSON.exec(label)
    if (spokesperson) {
      const org = organizationAfter(label.slice(spokesperson.index + spokesperson[0].length), labelOffset + spokesperson.index + spokesperson[0].length)
      if (org) return { id: org, label, confidence: 0.85 }
    }
    if (/^(?:le|la|the)\s+(?:porte-parole|spokes(?:person|man|woman))\b/iu.test(label) && previous && typeOf(previous.id) !== 'person') {
      return { id: previous.id, label, confidence: 0.75 }
    }
    // Mentions, skipping the outlet a statement was made to ("a déclaré à L'Observatoire…", "told Reuters").
    const range = { start: labelOffset, end: labelOffset + label.length }
    const named = mentionsIn(range).filter((m) => !/(?:^|\s)(?:[àa]|to|told)\s+$/iu.test(plain(label.slice(0, m.start - labelOffset))))
    const person = named.find((m) => typeOf(m.entityId) === 'person')
    if (person) return { id: person.entityId, label, confidence: 0.9 }
    const role = ROLE.exec(label)
    if (role) {
      // "…scientifique de l'IA pour la recherche de l'IA de Meta": the organization is the last one named in the role.
      const roleClause = label.slice(role.index).split(',')[0] ?? ''
      const lastOrg = mentionsIn({ start: labelOffset + role.index, end: labelOffset + role.index + roleClause.length })
        .filter((m) => typeOf(m.entityId) === 'organization').pop()?.entityId
      const org = lastOrg ?? organizationAfter(label.slice(role.index + role[0].length), labelOffset + role.index + role[0].length)
      const after = label.slice(role.index + role[0].length)
      const name = /,\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+)/u.exec(after)
      if (name) return { id: create(name[1]!, 'person'), label, confidence: 0.8 }
      if (org) {
        const word = plain(role[1]!)
        const holders = knowledge.affiliations.filter((a) => a.to === org && (a.kind === 'works_for' || a.kind === 'founded'))
        const holder = holders.find((a) => a.role && (plain(a.role).includes(word) || word.includes(plain(a.role)))) ??
          (/(pdg|chief executive|ceo|patron)/.test(word) ? holders.find((a) => a.role && /pdg|chief executive|ceo/i.test(a.role)) : undefined)
        if (holder) return { id: holder.from, label, confidence: 0.8 }
      }
    }
    const maker = MAKER.exec(label)
    if (maker) {
      const org = organizationAfter(label.slice(maker.index + maker[0].length), labelOffset + maker.index + maker[0].length)
      if (org) return { id: org, label, confidence: 0.8 }
    }
    const name = NAME.exec(label)
    if (name && countWords(name[0]) <= 4 && !NOT_NAMES.has(plain(name[0]))) return { id: create(name[0], 'person'), label, confidence: 0.6 }
    const surname = bySurname(label)
    if (surname) return { id: surname, label, confidence: 0.7 }
    if (PRONOUN.test(` ${label}`)) {
      const person = antecedent(labelOffset)
      if (person) return { id: person, label, confidence: 0.7 }
    }
    const organization = named.find((m) => typeOf(m.entityId) === 'organization')
    if (organization) return { id: organization.entityId, label, confidence: 0.75 }
    return undefined
  }

  // The distinct entities a sentence names, worked out once per sentence, however many quotations it holds.
  const named = new Map<number, string[]>()
  const subjectsOf = (range: Range, sentence: Range, speaker: string): string[] => {
    const inside = mentionsIn(range).map((m) => m.entityId)
    let around = named.get(sentence.start)
    if (inside.length === 0 && around === undefined) {
      around = [...new Set(mentionsIn(sentence).map((m) => m.entityId))]
      named.set(sentence.start, around)
    }
    const ids: string[] = []
    for (const id of inside.length > 0 ? new Set(inside) : around!) {
      if (id !== speaker && typeOf(id) !== 'platform') ids.push(id)
      if (ids.length === 5) break
    }
    return ids
  }

  for (const paragraph of paragraphList) {
    const paragraphQuotes = quotesIn(paragraph)
    for (const sentence of sentences(body, paragraph, paragraphQuotes)) {
      const text = body.slice(sentence.start, sentence.end)
      const medium = mediumOf(text)
      const inSentence = within(paragraphQuotes, sentence, (q) => q.outer)

      // Reported speech and declined comments (no quotation marks needed).
      const noComment = NO_COMMENT.exec(text)
      if (noComment) {
        const subject = text.slice(0, noComment.index)
        const speaker = resolve(subject, sentence.start)
        if (speaker) {
          const start = sentence.start + noComment.index
          const clause = noComment[0].replace(/[\s,]+$/u, '')
          statements.push({ speaker: speaker.id, label: speaker.label, kind: 'no_comment', text: clause, start, end: start + clause.length, medium, about: subjectsOf({ start, end: start + clause.length }, sentence, speaker.id), confidence: speaker.confidence * 0.9 })
          previous = speaker
        }
      }
      const reported = REPORTED.exec(text)
      // Not a cue that follows a quotation ("« … », a déclaré X que"): that one attributes the quotation.
      if (reported && !/[»”"]\s*,?\s*$/.test(text.slice(0, reported.index + 1))) {
        const clauseStart = reported.index + reported[0].length
        let clause = text.slice(clauseStart)
        // Two reported clauses ("qu'il était impressionné … et qu'il était « … »"): the first is this claim.
        clause = clause.split(/\s+(?:et|and)\s+(?:qu['’]|que\s|that\s)/u)[0] ?? clause
        clause = clause.replace(/,\s*(?:selon|d['’]apr[èe]s|according to)[^,]*$/iu, '').replace(/,\s*(?:dans|in|on|sur)\s+(?:un|une|a|an)\s+[^,]*$/iu, '').replace(/[\s.!?]+$/u, '')
        const outside = clause.replace(/[«“"][^»”"]*[»”"]/g, ' ')
        // "…, qui suggère que": the speaker is whom the relative clause is about.
        const subject = /^qui\s/iu.test(reported[1]!) ? text.slice(0, reported.index).split(/,\s*(?=[^,]*$)/).pop() ?? '' : text.slice(0, reported.index + reported[1]!.length + 1)
        const speaker = /^qui\s/iu.test(reported[1]!)
          ? (() => { const m = mentionsIn({ start: sentence.start, end: sentence.start + reported.index }).filter((x) => typeOf(x.entityId) === 'person').pop(); return m ? { id: m.entityId, label: body.slice(m.start, m.end), confidence: 0.7 } : resolve(subject, sentence.start) })()
          : resolve(subject, sentence.start)
        if (speaker && countWords(outside) >= 3) {
          const start = sentence.start + clauseStart
          statements.push({ speaker: speaker.id, label: speaker.label, kind: 'paraphrase', text: clause, start, end: start + clause.length, medium, about: subjectsOf({ start, end: start + clause.length }, sentence, speaker.id), confidence: speaker.confidence * 0.8 })
          previous = speaker
        }
      }

      const judged = JUDGED.exec(text)
      if (judged && !reported) {
        const start = sentence.start + judged.index + judged[0].length - judged[1]!.length - 1
        const speaker = resolve(text.slice(0, judged.index + 1), sentence.start)
        const clause = body.slice(start + 1, sentence.end).replace(/[\s.!?]+$/u, '')
        if (speaker) {
          statements.push({ speaker: speaker.id, label: speaker.label, kind: 'paraphrase', text: clause, start: start + 1, end: start + 1 + clause.length, medium, about: subjectsOf({ start: start + 1, end: start + 1 + clause.length }, sentence, speaker.id), confidence: speaker.confidence * 0.7 })
        }
      }
      const according = ACCORDING.exec(text)
      if (according && !reported && !judged && inSentence.every((q) => countWords(body.slice(q.start, q.end)) <= 4)) {
        const speaker = resolve(according[1]!, sentence.start + according.index + according[0].indexOf(according[1]!))
        if (speaker && typeOf(speaker.id) !== undefined) {
          const clause = text.slice(0, according.index)
          statements.push({ speaker: speaker.id, label: speaker.label, kind: 'paraphrase', text: clause, start: sentence.start, end: sentence.start + clause.length, medium: medium ?? 'news_report', about: subjectsOf({ start: sentence.start, end: sentence.start + clause.length }, sentence, speaker.id), confidence: speaker.confidence * 0.6 })
        }
      }

      for (const quote of inSentence) {
        const statement = quoteStatement(quote, sentence, text, medium)
        if (statement) statements.push(statement)
      }

      marketEvents.push(...marketFigures(body, sentence, text))
    }
  }

  /** A quotation as a statement: its kind from its place in the sentence, its speaker from the nearest cue. */
  function quoteStatement (quote: Quotation, sentence: Range, text: string, medium: Medium | null): ExtractedStatement | undefined {
    const from = Math.max(sentence.start, quote.outer.start - WINDOW)
    const before = body.slice(from, quote.outer.start)
    const after = body.slice(quote.outer.end, Math.min(sentence.end, quote.outer.end + WINDOW))
    const words = countWords(body.slice(quote.start, quote.end))
    const introduced = /:\s*$/.test(before)
    // Quoted words nobody utters: a short quotation after a determiner, a number or "appelé".
    if (!introduced && words <= 4 && TERM_BEFORE.test(before)) return undefined
    const standalone = introduced || before.trim() === '' || /^\s*,/.test(after)
    let speaker: Speaker | undefined
    const following = CUE.exec(after)
    if (following) {
      const cueAt = following.index + following[0].length - following[1]!.length
      const between = after.slice(0, cueAt)
      if (/^[\s,]*$/.test(between)) {
        // "», a déclaré X": the speaker follows the verb.
        speaker = resolve(after.slice(following.index + following[0].length).split(/[,;]/)[0] ?? '', quote.outer.end + following.index + following[0].length)
        if (!speaker && /-t-(?:il|elle)/.test(following[1]!)) {
          const person = antecedent(quote.outer.start)
          if (person) speaker = { id: person, label: following[1]!.split('-').pop()!, confidence: 0.7 }
        }
      } else if (countWords(between) <= 5 && !/[«“"]/.test(between)) {
        // "," Becker wrote / he said: the speaker comes before the verb.
        speaker = resolve(between, quote.outer.end)
      }
    }
    if (!speaker) {
      const cue = [...before.matchAll(new RegExp(CUE, 'giu'))].pop()
      if (cue) {
        const cueStart = (cue.index ?? 0) + cue[0].length - cue[1]!.length
        const subject = before.slice(0, cueStart)
        // "selon lui" / "according to him": the cue's object is the speaker.
        const object = /^(?:selon|d['’]apr[èe]s|according to)/iu.test(cue[1]!) ? before.slice(cueStart + cue[1]!.length).split(/[,;]/)[0] ?? '' : ''
        if (/-t-(?:il|elle)/.test(cue[1]!)) {
          const person = antecedent(quote.outer.start)
          if (person) speaker = { id: person, label: cue[1]!.split('-').pop()!, confidence: 0.7 }
        } else {
          const clause = subject.split(/[.;]\s/).pop() ?? subject
          speaker = object.trim() ? resolve(object, from + cueStart + cue[1]!.length) : resolve(clause, from + subject.lastIndexOf(clause))
        }
      }
      // A quotation that is a whole sentence with no cue continues the last speaker of the paragraph.
      if (!speaker && before.trim() === '' && /^[\s.!?]*$/.test(after) && previous && statements.length > 0 && statements[statements.length - 1]!.start >= paragraphOf(quote.start).start) {
        speaker = { ...previous, confidence: 0.6 }
      }
    }
    if (!speaker) return undefined
    previous = speaker
    const quoteText = body.slice(quote.start, quote.end)
    return {
      speaker: speaker.id,
      label: speaker.label,
      kind: standalone ? 'quote' : 'partial_quote',
      text: quoteText,
      start: quote.start,
      end: quote.end,
      medium,
      about: subjectsOf(quote, sentence, speaker.id),
      confidence: Number(speaker.confidence.toFixed(2))
    }
  }

  /** Market figures: share-price moves in percent, market-value moves in money (several currencies kept together). */
  function marketFigures (source: string, sentence: Range, text: string): ExtractedMarketEvent[] {
    const events: ExtractedMarketEvent[] = []
    const lowered = plain(text)
    const down = /(baiss|chut|recul|perd|perdu|plong|devis|tomb|evapor|efface|fell|fall|drop|slid|slump|plung|lost|los|declin|shed|wiped|tumbl|sank|sink)/
    const up = /(grimp|bond|augment|progress|gagn|mont|rose|rise|jump|gain|climb|surg|soar|add)/
    const organizationBefore = (at: number) => mentionsIn({ start: Math.max(sentence.start, at - WINDOW), end: at }).reverse().find((m) => typeOf(m.entityId) === 'organization')
    const percent = /(\d+(?:[.,]\d+)?)\s?(?:%|pour cent|per ?cent)/giu
    if (/(action|titre|cours|share|stock)/.test(lowered)) {
      for (const m of text.matchAll(percent)) {
        const at = sentence.start + m.index
        const org = organizationBefore(at)
        const window = plain(text.slice(Math.max(0, m.index - 60), m.index))
        const sign = down.test(window) ? -1 : up.test(window) ? 1 : 0
        if (!org || sign === 0) continue
        const value = Number(m[1]!.replace(',', '.'))
        events.push({
          entity: org.entityId, kind: 'share_price_change', direction: sign < 0 ? 'down' : 'up',
          figures: [{ value: sign * value, unit: 'percent', currency: null, text: m[0] }],
          text: source.slice(org.start, at + m[0].length), start: org.start, end: at + m[0].length, confidence: 0.85
        })
      }
    }
    if (/(valeur marchande|capitalisation|valorisation|market (?:value|cap)|valuation)/.test(lowered)) {
      const money = /(?:([$€£])\s?(\d+(?:[.,]\d+)?)\s*(milliards?|millions?|billions?|bn|mn|m)?|(\d+(?:[.,]\d+)?)\s*(milliards?|millions?|billions?|bn|mn)?\s*(?:de\s+|d['’])?(dollars?|euros?|livres?|USD|EUR|GBP))/giu
      const amounts = [...text.matchAll(money)]
      if (amounts.length > 0) {
        const first = amounts[0]!
        const at = sentence.start + first.index
        const org = organizationBefore(at)
        const window = plain(text.slice(Math.max(0, first.index - 40), first.index))
        const sign = down.test(window) ? -1 : up.test(window) ? 1 : down.test(lowered) ? -1 : 1
        // Amounts in parentheses right after the first are the same move in another currency.
        const group = [first]
        for (const next of amounts.slice(1)) {
          const gap = text.slice(group[group.length - 1]!.index! + group[group.length - 1]![0].length, next.index)
          if (/^\s*\(\s*$|^\s*,?\s*(?:soit|ou|or|i\.e\.)\s*$/iu.test(gap)) group.push(next)
        }
        // The company may come after the amount ("wiped $210bn off Nvidia's market value"), or only in an earlier sentence ("du groupe").
        const owner = org ?? mentionsIn({ start: at, end: sentence.end }).find((m) => typeOf(m.entityId) === 'organization') ??
          mentionsIn({ start: sentence.start - 600, end: sentence.start }).filter((m) => typeOf(m.entityId) === 'organization').pop()
        if (owner) {
          const figures = group.map((g): ExtractedFigure => {
            const symbol = g[1]
            const amount = Number((g[2] ?? g[4])!.replace(',', '.'))
            const scale = plain(g[3] ?? g[5] ?? '')
            const multiplier = /^(milliard|billion|bn)/.test(scale) ? 1e9 : /^(million|mn|m)/.test(scale) ? 1e6 : 1
            const unit = plain(symbol ?? g[6] ?? '')
            const currency = unit === '$' || unit.startsWith('dollar') || unit === 'usd' ? 'USD' : unit === '€' || unit.startsWith('euro') || unit === 'eur' ? 'EUR' : 'GBP'
            return { value: sign * Math.round(amount * multiplier), unit: 'currency', currency, text: g[0].trim() }
          })
          const last = group[group.length - 1]!
          const end = sentence.start + last.index! + last[0].length + (body[sentence.start + last.index! + last[0].length] === ')' ? 1 : 0)
          events.push({ entity: owner.entityId, kind: 'market_value_change', direction: sign < 0 ? 'down' : 'up', figures, text: source.slice(at, end), start: at, end, confidence: 0.8 })
        }
      }
    }
    return events
  }

  // Mentions of the entities found on the way (speakers named only here), for the article's mention list.
  const mentions = [...linker.mentions]
  for (const m of newMentions) {
    if (!mentions.some((x) => m.start < x.end && m.end > x.start)) mentions.push(m)
  }
  mentions.sort((a, b) => a.start - b.start)
  void language
  return { statements: dedupe(statements), newEntities: [...newEntities.values()], mentions, marketEvents }
}

/** One statement per span and kind (a sentence can match two cues). */
function dedupe (statements: ExtractedStatement[]): ExtractedStatement[] {
  const seen = new Set<string>()
  return statements.filter((s) => {
    const key = `${s.start}:${s.end}:${s.kind}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  }).sort((a, b) => a.start - b.start || b.end - a.end)
}
