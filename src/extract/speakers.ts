// Speakers and coreference stage: who a source phrase names — a person or organization by name, a spokesperson's employer, a role ("the senator", "le ministre") by the last person who held it, a pronoun by the nearest compatible person — walking the article in order.
import type { Registry } from './entities.js'
import type { Gender, Lexicon } from './lexicon/lexicon.js'
import { namesIn, roleAt, type Name, type NameContext } from './names.js'
import { tokens } from './segment.js'
import { plain } from './text.js'
import type { KnownAffiliation, Range } from './types.js'

export interface Speaker {
  /** The entity, or null when the words name no one the article or the knowledge base can tell (the label keeps them). */
  id: string | null
  label: string
  confidence: number
}

interface PersonMention {
  id: string
  at: number
  sentence: number
  subject: boolean
}

const compatible = (a: Gender | null, b: Gender | null) => a === null || b === null || a === b

// Titles that name the same office in either language.
const OFFICES = [
  /\b(?:pdg|p-dg|ceo|chief executive|directeur general|directrice generale|patron|patronne|president-directeur general)\b/,
  /\b(?:cfo|chief financial officer|directeur financier|directrice financiere)\b/,
  /\b(?:president|presidente|chairman|chairwoman|chair)\b/,
  /\b(?:founder|co-founder|cofounder|fondateur|fondatrice|cofondateur|cofondatrice)\b/
]

const FEMININE = /\b(?:la|une|cette|mrs|ms|madame|mme|spokeswoman|chairwoman|congresswoman|businesswoman|actress|presidente|directrice|procureure|ministre de la|deputee|senatrice|avocate|fondatrice|porte-parole de la)\b/
const MASCULINE = /\b(?:le|un|ce|mr|monsieur|spokesman|chairman|congressman|businessman)\b/

/** The gender a role phrase says: "la présidente", "the spokeswoman", "Le PDG" (a determiner before a role noun), or none. */
function phraseGender (phrase: string, lex: Lexicon): Gender | null {
  const role = phrase.split(/\s+/).some((w) => lex.roles.has(w) || lex.spokespeople.has(w))
  if (!role) return null
  const first = /^(\S+)/.exec(phrase)?.[1] ?? ''
  if (FEMININE.test(first) || /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|presidente|directrice|procureure|senatrice|avocate|fondatrice)\b/.test(phrase)) return 'f'
  if (MASCULINE.test(first) || /\b(?:spokesman|chairman|congressman|businessman)\b/.test(phrase)) return 'm'
  return null
}

/** A role the knowledge base records (`known`) and the words of a phrase name the same office. */
function sameRole (known: string, phrase: string): boolean {
  if (known.length > 3 && phrase.includes(known)) return true
  return OFFICES.some((office) => office.test(known) && office.test(phrase))
}

/** How many sentences back a pronoun looks for the person it stands for. */
const ANTECEDENT_SENTENCES = 6

export class Discourse {
  private readonly persons: PersonMention[] = []
  private readonly organizations: { id: string, at: number }[] = []
  /** Common nouns an article has used for an organization ("quotidien" for Le Figaro), latest wins. */
  private readonly descriptors = new Map<string, string>()
  /** Role words ("senator", "ministre") → the persons who held them, latest last. */
  private readonly roles = new Map<string, string[]>()
  private last: { id: string, at: number, sentence: number, paragraph: number } | null = null
  /** Whether names met while resolving may become entities (not when only guessing a sentence's subject). */
  private creating = true

  constructor (private readonly body: string, private readonly lex: Lexicon, private readonly registry: Registry, private readonly names: NameContext,
    private readonly affiliations: readonly KnownAffiliation[] = []) {}

  /** Records the names of one sentence, in order, as the antecedents later pronouns and roles look back to. */
  observe (sentence: number, resolved: { name: Name, id: string }[]) {
    let subject = true
    for (const { name, id } of resolved) {
      const type = this.registry.typeOf(id)
      if (type === 'person') {
        this.persons.push({ id, at: name.start, sentence, subject })
        subject = false
        if (name.role) this.holds(id, name.role)
      } else if (type === 'organization') {
        this.organizations.push({ id, at: name.start })
        // "Le quotidien français Le Figaro", "the newspaper": the common nouns that describe it, for "le quotidien" later.
        const described = /(?:^|\s)(?:le|la|les|l'|the|a|an|un|une)\s+((?:[\p{Ll}-]+\s+){1,3})$/u.exec(this.body.slice(Math.max(0, name.start - 60), name.start))
        for (const word of described?.[1]!.trim().split(/\s+/) ?? []) this.descriptors.set(word, id)
      }
    }
  }

  /** Records that `id` holds a role ("Senator", "chief executive", "le ministre de l'Intérieur"). */
  holds (id: string, role: string) {
    for (const word of role.toLowerCase().split(/[\s,]+/)) {
      if (!this.lex.roles.has(word) && !this.lex.spokespeople.has(word)) continue
      this.roles.set(word, [...(this.roles.get(word) ?? []).filter((x) => x !== id), id])
    }
  }

  /** The last statement's speaker, which continuations and "the spokesman" may carry on. */
  spoke (speaker: Speaker, at: number, sentence: number, paragraph: number) {
    if (speaker.id) this.last = { id: speaker.id, at, sentence, paragraph }
  }

  lastSpeaker (): { id: string, at: number, paragraph: number, sentence: number } | null {
    return this.last
  }

  /** Whether a person other than `id` is named between `from` and `to`. */
  namedSince (from: number, id: string, to: number): boolean {
    for (let i = this.firstPersonAfter((p) => p.at > from); i < this.persons.length && this.persons[i]!.at < to; i++) {
      if (this.persons[i]!.id !== id) return true
    }
    return false
  }

  /**
   * Who introduces a quotation that stands alone after sentence `sentence - 1`: that sentence's
   * subject when it is a person, else (unless `subjectOnly`) the last person it names
   * ("Caddell continued:", "On July 6, Sanders made the following comment:").
   */
  introducer (sentence: number, subjectOnly: boolean): string | null {
    const named: PersonMention[] = []
    for (let i = this.firstPersonAfter((p) => p.sentence >= sentence - 1); i < this.persons.length && this.persons[i]!.sentence === sentence - 1; i++) named.push(this.persons[i]!)
    return named.find((p) => p.subject)?.id ?? (subjectOnly ? null : named.at(-1)?.id ?? null)
  }

  /** The index of the first person mention for which `after` holds (it holds for every later one). */
  private firstPersonAfter (after: (p: PersonMention) => boolean): number {
    let lo = 0
    let hi = this.persons.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (after(this.persons[mid]!)) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  /** The person a pronoun of `gender` at `at` stands for. */
  antecedent (at: number, sentence: number, gender: Gender | null, paragraph: number): string | null {
    // Persons are kept in text order: the window of the last sentences is found by binary search.
    const from = this.firstPersonAfter((p) => p.sentence >= sentence - ANTECEDENT_SENTENCES)
    const candidates: PersonMention[] = []
    for (let i = from; i < this.persons.length && candidates.length < 50; i++) {
      const p = this.persons[i]!
      if (p.at >= at) break
      if (compatible(this.registry.genderOf(p.id), gender)) candidates.push(p)
    }
    const last = this.last
    // The speaker of the paragraph goes on speaking, unless another compatible person became a sentence's subject since.
    if (last && last.paragraph >= paragraph - 1 && this.registry.typeOf(last.id) === 'person' && compatible(this.registry.genderOf(last.id), gender)) {
      const since = candidates.filter((p) => p.at > last.at && p.subject && p.id !== last.id && p.sentence < sentence)
      if (since.length === 0) return last.id
    }
    // The nearest sentence's subject first, then the nearest mention.
    for (let s = sentence; s >= sentence - ANTECEDENT_SENTENCES; s--) {
      const inSentence = candidates.filter((p) => p.sentence === s)
      if (inSentence.length === 0) continue
      const subject = inSentence.find((p) => p.subject)
      return (s === sentence ? inSentence.at(-1) : subject ?? inSentence.at(-1))!.id
    }
    if (last && this.registry.typeOf(last.id) === 'person' && compatible(this.registry.genderOf(last.id), gender) && last.paragraph >= paragraph - 2) return last.id
    // No one fits: the paragraph's speaker, when only a first-name guess said otherwise ("Satya" is no woman's name).
    if (last && last.paragraph >= paragraph - 1 && this.registry.typeOf(last.id) === 'person' && !this.registry.genderSure(last.id)) return last.id
    return null
  }

  /** Who the source words (and an appositive after them) name. */
  resolve (source: Range, appositive: Range | null, sentence: number, paragraph: number, { create = true } = {}): Speaker {
    const speaker = this.resolveWords(source, appositive, sentence, paragraph, create)
    // "Le PDG de Microsoft", "the spokeswoman", "la procureure": the words say the person's gender, surer than a first name.
    if (speaker.id && this.registry.typeOf(speaker.id) === 'person') {
      const gender = phraseGender(plain(this.body.slice(source.start, source.end)), this.lex)
      if (gender) this.registry.setGender(speaker.id, gender, true)
    }
    return speaker
  }

  private resolveWords (source: Range, appositive: Range | null, sentence: number, paragraph: number, create: boolean): Speaker {
    this.creating = create
    const body = this.body
    const label = body.slice(source.start, source.end).trim()
    const words = tokens(body, source).filter((t) => t.word)
    const lowers = words.map((w) => w.lower)
    // "Obama, who said …": a relative pronoun stands for the name just before it.
    if (words.length > 0 && this.lex.relatives.has(lowers[0]!)) {
      const before = namesIn(body, { start: Math.max(0, source.start - 120), end: source.start }, this.names).at(-1)
      if (before && /^[\s,]*$/u.test(body.slice(before.end, source.start).replace(/\([^)]*\)/g, ''))) {
        const id = this.registry.resolveName(before.type === 'unknown' ? { ...before, type: 'person' } : before, { create: true })
        if (id) return { id, label: body.slice(before.start, before.end), confidence: 0.75 }
      }
      // "l'organisation islamique, qui affirme …": the common noun phrase before it, as any source.
      const phrase = /((?:le|la|l['’]|les|the|this|ce|cette)\s+[\p{L}'’ -]{3,60}?),?\s*$/iu.exec(body.slice(Math.max(0, source.start - 80), source.start))
      if (phrase) {
        const at = source.start - phrase[0].length
        const speaker = this.resolveWords({ start: at, end: at + phrase[1]!.length }, null, sentence, paragraph, false)
        if (speaker.id) return { ...speaker, confidence: 0.6 }
      }
      return { id: null, label, confidence: 0.3 }
    }
    // A pronoun alone: "he said", "a-t-il ajouté", "selon lui".
    if (words.length === 1 || (words.length === 2 && lowers[0] === 'ce')) {
      const pronoun = this.lex.pronouns.get(lowers.join(' '))
      if (pronoun) {
        if (pronoun.gender === null && !pronoun.plural && (lowers[0] === 'i' || lowers[0] === 'je' || lowers[0] === 'you')) return { id: null, label, confidence: 0.3 }
        if (pronoun.plural) return this.pluralAntecedent(source.start, label)
        // "il" after an organization's spokesperson: the organization goes on speaking, unless a person was named since.
        const last = this.last
        if (!pronoun.person && last && last.paragraph >= paragraph - 1 && this.registry.typeOf(last.id) === 'organization' && !this.namedSince(last.at, last.id, source.start)) {
          return { id: last.id, label, confidence: 0.65 }
        }
        const id = this.antecedent(source.start, sentence, pronoun.gender, paragraph)
        if (id) this.registry.setGender(id, pronoun.gender)
        return { id, label, confidence: id ? 0.7 : 0.3 }
      }
    }
    // The head of the phrase names the speaker; after "of", "for", "at", "de" come whom they work for.
    // Any other preposition ends the head too ("Mitt Romney dans le Wisconsin", "Cummings of Maryland").
    const ofAt = lowers.findIndex((w, i) => i > 0 && this.lex.of.has(w))
    const prepositionAt = lowers.findIndex((w, i) => i > 0 && this.lex.prepositions.has(w))
    const headEnd = prepositionAt === -1 ? source.end : words[prepositionAt]!.start
    // Names are read over the whole phrase, so one that runs past the preposition ("Association des leaders religieux du Mali") stays whole.
    const all = namesIn(body, source, this.names, source.start)
    const head = this.resolvedList(all.filter((n) => n.start < headEnd), 'person')
    const employers = ofAt === -1 || ofAt !== prepositionAt ? [] : this.resolvedList(all.filter((n) => n.start >= headEnd), 'organization')
    // An appositive names or describes the speaker; a relative clause ("qui est considéré comme …") or a quotation in it does not.
    const appositiveText = appositive ? body.slice(appositive.start, appositive.end) : ''
    const apposed = appositive && !/^(?:qui|who|which|que|dont)\b/iu.test(appositiveText) && !/[«»“”"]/u.test(appositiveText) ? this.appositiveNames(appositive) : []
    const isPerson = (n: { id: string }) => this.registry.typeOf(n.id) === 'person'
    const isOrganization = (n: { id: string }) => this.registry.typeOf(n.id) === 'organization'
    // "Hillary Clinton's campaign manager Robby Mook": a possessive name modifies the head, it is not the speaker.
    const heads = head.filter((n) => !n.name.possessive)
    const spokesperson = lowers.findIndex((w) => this.lex.spokespeople.has(w))
    if (spokesperson !== -1 && words[spokesperson]!.start < headEnd) {
      const at = words[spokesperson]!.start
      // A named spokesperson speaks as themself ("spokeswoman Hope Hicks", "le porte-parole du parti, Jean-Philippe Magnen").
      const named = heads.find((n) => n.name.start > at && isPerson(n)) ?? apposed.find(isPerson)
      if (named) return { id: named.id, label, confidence: 0.85 }
      // Else whom they speak for: "a spokesman for Disney", "Disney spokesman", "a Trump spokeswoman".
      const employer = employers.at(-1) ?? head.filter((n) => n.name.start < at).at(-1)
      if (employer) return { id: employer.id, label, confidence: 0.85 }
      // "the spokesman", "le porte-parole du parti": the organization the article last spoke of, or last heard from.
      const noun = lowers.slice(spokesperson + 1).find((w) => this.lex.organizationWords.has(w))
      const org = noun ? this.lastOrganization(noun) : this.lastOrganization()
      return { id: org, label, confidence: org ? 0.6 : 0.3 }
    }
    // The phrase's head is its last word: after a lower-case noun ("the Ohio native", "the Clinton campaign", "Gary Johnson's doctor"), the names before it only modify it.
    const headWord = words.filter((w) => w.end <= headEnd).at(-1)
    const modified = headWord !== undefined && !/^\p{Lu}/u.test(headWord.text) && !heads.some((n) => n.name.end >= headWord.end)
    // "the IMF report", "Ivana Trump's brief": a person or an organization speaking through a document is the speaker.
    const author = modified && this.lex.documents.has(headWord.lower) ? head.filter((n) => n.name.end <= headWord.start).at(-1) : undefined
    if (author) return { id: author.id, label, confidence: 0.7 }
    const speakerPerson = (modified ? undefined : heads.filter(isPerson).at(-1)) ?? apposed.find(isPerson)
    if (speakerPerson) return { id: speakerPerson.id, label, confidence: 0.9 }
    // A role at an organization the knowledge base knows the holder of ("le PDG de Microsoft"), or whose maker it knows ("le fabricant de Chatgpt").
    const phrase = plain(label)
    for (const employer of [...employers, ...head].reverse()) {
      const known = this.knownRole(phrase, employer.id)
      if (known) return { id: known, label, confidence: 0.8 }
    }
    // A role: "the senator", "le ministre de l'Intérieur", "the chief executive of AT&T".
    const role = this.roleIn(lowers)
    if (role) {
      const holder = this.holderOf(role)
      if (holder) return { id: holder, label, confidence: 0.75 }
    }
    // An organization by name ("The New York Post", "Nvidia", "the Clinton campaign").
    const org = (modified ? undefined : heads.filter(isOrganization).at(-1)) ?? apposed.find(isOrganization)
    if (org) return { id: org.id, label, confidence: 0.8 }
    // "le ministère de l'Intérieur", "le gouvernement malien", "the State Department": an institution named by common nouns.
    const institution = this.institution(source, words)
    if (institution) return { id: institution, label, confidence: 0.7 }
    // "the chief executive of AT&T" with no holder known, "un rapport de la Ligue arabe": the organization speaks through its officer or its paper.
    const employer = employers.filter(isOrganization).at(-1)
    if (employer && head.length === 0) return { id: employer.id, label, confidence: 0.6 }
    return { id: null, label, confidence: 0.3 }
  }

  /** The person a transcript's label names ("PENCE", "MR. TRUMP"), by the surname the article introduced. */
  speakerNamed (label: string, _sentence: number, _paragraph: number): Speaker {
    const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    const text = words.filter((w) => !this.lex.honorifics.has(w.toLowerCase())).join(' ')
    if (!text) return { id: null, label, confidence: 0.3 }
    const name: Name = { start: 0, end: 0, text, words: text.split(' '), honorific: null, role: null, gender: null, type: 'person', possessive: false }
    const id = this.registry.resolveName(name, { create: true }) ?? null
    return { id, label, confidence: id ? 0.8 : 0.3 }
  }

  /** An appositive's names: before a preposition, who the speaker is; after it ("chief investment officer at Halden Capital"), whom they work for. */
  private appositiveNames (range: Range): { name: Name, id: string }[] {
    const words = tokens(this.body, range).filter((t) => t.word)
    const at = words.findIndex((w, i) => i > 0 && this.lex.prepositions.has(w.lower))
    if (at === -1) return this.resolvedNames(range, 'person')
    return [...this.resolvedNames({ start: range.start, end: words[at]!.start }, 'person'), ...this.resolvedNames({ start: words[at]!.start, end: range.end }, 'organization')]
  }

  /** The names of a phrase, each resolved (and created when well formed, since it speaks). */
  private resolvedNames (range: Range, guess: 'person' | 'organization'): { name: Name, id: string }[] {
    return this.resolvedList(namesIn(this.body, range, this.names, range.start), guess)
  }

  private resolvedList (names: Name[], guess: 'person' | 'organization'): { name: Name, id: string }[] {
    const found: { name: Name, id: string }[] = []
    for (const name of names) {
      // A capitalized word in a speaker's place is a person ("McClendon said"); after "of" or "for", whom they work for.
      const typed: Name = name.type === 'unknown' && name.words.length <= 3 ? { ...name, type: guess } : name
      // Whom someone works for is linked when known, and made an entity only when its name says it is an organization.
      const id = this.registry.resolveName(typed, { create: this.creating && (guess === 'person' || name.type === 'organization') })
      if (id) {
        this.registry.mention(id, name, name.text)
        if (name.role && this.registry.typeOf(id) === 'person') this.holds(id, name.role)
        found.push({ name: typed, id })
      }
    }
    return found
  }

  /** Who holds the role the phrase names at `employer`, or makes the product it names, by the knowledge base's affiliations. */
  private knownRole (phrase: string, employer: string): string | undefined {
    if (/\b(?:fabricant|createur|editeur|developpeur|maker|creator|developer|makers)\b/.test(phrase)) {
      const maker = this.affiliations.find((a) => a.from === employer && a.kind === 'made_by')
      if (maker) return maker.to
    }
    const holders = this.affiliations.filter((a) => a.to === employer && a.kind === 'works_for' && a.role && sameRole(plain(a.role), phrase))
    return holders.length === 1 ? holders[0]!.from : undefined
  }

  private roleIn (lowers: string[]): string | undefined {
    for (let i = 0; i < lowers.length; i++) {
      const length = roleAt(lowers.map((lower) => ({ lower })), i, this.lex)
      if (length > 0) return lowers.slice(i, i + length).join(' ')
    }
    return undefined
  }

  private holderOf (role: string): string | undefined {
    for (const word of role.split(' ').reverse()) {
      const holders = this.roles.get(word)
      if (holders && holders.length > 0) return holders.at(-1)
    }
    return undefined
  }

  private lastOrganization (head?: string): string | null {
    const described = head ? this.descriptors.get(head) : undefined
    if (described) return described
    for (let i = this.organizations.length - 1; i >= 0 && i >= this.organizations.length - 50; i--) {
      const { id } = this.organizations[i]!
      if (!head || (this.registry.nameOf(id) ?? '').toLowerCase().split(/\s+/).includes(head)) return id
    }
    const last = this.last
    return last && this.registry.typeOf(last.id) === 'organization' ? last.id : null
  }

  private pluralAntecedent (at: number, label: string): Speaker {
    const org = this.organizations.filter((o) => o.at < at).at(-1)
    return { id: null, label, confidence: org ? 0.3 : 0.3 }
  }

  /** An institution named with common nouns: an organization word followed by its complement ("ministère de l'Intérieur"), or an organization met before with that word. */
  private institution (source: Range, words: { lower: string, start: number, end: number, text: string }[]): string | null {
    const at = words.findIndex((w) => this.lex.organizationWords.has(w.lower))
    if (at === -1) return null
    const rest = words.slice(at)
    // "le gouvernement malien", "le ministère de l'Intérieur": named when a capital or an adjective completes the noun.
    const complete = rest.length > 1 && rest.slice(1).some((w) => /^\p{Lu}/u.test(w.text) || /(?:ien|ienne|ais|aise|ain|aine|ois|oise|an|ane)$/.test(w.lower))
    const earlier = this.lastOrganization(words[at]!.lower)
    if (!complete) return earlier
    const text = this.body.slice(rest[0]!.start, source.end).replace(/[\s,.;:]+$/u, '')
    const existing = this.registry.lookup(text)
    if (existing) return existing
    if (!this.creating) return null
    const id = this.registry.create(text, 'organization', null)
    this.organizations.push({ id, at: rest[0]!.start })
    this.registry.mention(id, { start: rest[0]!.start, end: rest[0]!.start + text.length }, text)
    return id
  }
}
