// Entity stage: links names to what the knowledge base knows and to the people an article introduces ("Jennifer Palmieri", then "Palmieri"), and creates entities only for well-formed names; keeps every mention with its span, type and gender.
import type { EntityType } from '../db/schema.js'
import { slugify } from '../domain/ids.js'
import type { Gender, Lexicon } from './lexicon/lexicon.js'
import type { Name, NameType } from './names.js'
import { plain } from './text.js'
import type { ExtractedEntity, ExtractedMention, Knowledge, KnownEntity, Language, Range } from './types.js'

export interface Mention extends ExtractedMention {
  type: EntityType
  gender: Gender | null
}

interface Entry {
  id: string
  name: string
  type: EntityType
  gender: Gender | null
  /** The gender comes from the text ("Mr.", "la présidente", "Le PDG"), not from the first-name lexicon, which errs. */
  sure: boolean
  known: boolean
}

/** The surname of a person's name: its last word, suffixes ("Jr.") left out. */
export const surnameOf = (name: string) => {
  const words = name.split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w))
  return words.at(-1) ?? name
}

const keyOf = (text: string) => plain(text).replace(/[.’']/g, '').replace(/[\s-]+/g, ' ').trim()
// Spellings repeat within an article: their keys are computed once (bounded, so a hostile text cannot grow it without end).
const keys = new Map<string, string>()
const key = (text: string) => {
  let k = keys.get(text)
  if (k === undefined) {
    k = keyOf(text)
    if (keys.size > 50_000) keys.clear()
    keys.set(text, k)
  }
  return k
}

/**
 * One article's entities: what the knowledge base knows, the people and organizations the
 * article names, and the mentions of each. Created entities are kept only when a statement
 * or a figure uses them.
 */
export class Registry {
  private readonly entries = new Map<string, Entry>()
  private readonly byKey = new Map<string, string>()
  /** Knowledge-base persons by surname, for a surname the article never spells out. */
  private readonly knownBySurname = new Map<string, string[]>()
  /** Persons the article has named in full, by surname, latest last. */
  private readonly introduced = new Map<string, string[]>()
  private readonly created = new Map<string, ExtractedEntity>()
  private readonly used = new Set<string>()
  readonly mentions: Mention[] = []
  /** Organizations the article named with a hyphen, by the part before it. */
  private readonly prefixes = new Map<string, string>()

  constructor (knowledge: Knowledge, private readonly lex: Lexicon, private readonly language: Language) {
    for (const e of knowledge.entities) this.addKnown(e)
  }

  private addKnown (e: KnownEntity) {
    this.entries.set(e.id, { id: e.id, name: e.name, type: e.type, gender: null, sure: false, known: true })
    for (const spelling of [e.name, ...e.aliases]) {
      const k = key(spelling)
      if (k && !this.byKey.has(k)) this.byKey.set(k, e.id)
    }
    if (e.type === 'person' && e.name.split(/\s+/).length >= 2) {
      const surname = key(surnameOf(e.name))
      const list = this.knownBySurname.get(surname)
      if (list) list.push(e.id)
      else this.knownBySurname.set(surname, [e.id])
    }
  }

  entry (id: string): Entry | undefined {
    return this.entries.get(id)
  }

  typeOf (id: string): EntityType | undefined {
    return this.entries.get(id)?.type
  }

  genderOf (id: string): Gender | null {
    return this.entries.get(id)?.gender ?? null
  }

  /** The gender comes from the text, not from a first-name guess. */
  genderSure (id: string): boolean {
    return this.entries.get(id)?.sure ?? false
  }

  nameOf (id: string): string | undefined {
    return this.entries.get(id)?.name
  }

  /** The entity a spelling names exactly (case, accents and dots aside), if any. */
  lookup (text: string): string | undefined {
    return this.byKey.get(key(text))
  }

  /**
   * The entity a name in the text stands for: an exact spelling the knowledge base or the
   * article knows; for a surname alone, the person the article introduced with it, else the
   * one person of the knowledge base with that surname. Creates the entity when the name is
   * well formed and `create` is set.
   */
  resolveName (name: Name, { create }: { create: boolean }): string | undefined {
    const exact = this.lookup(name.text)
    if (exact) {
      const entry = this.entries.get(exact)!
      if (entry.type === 'person') this.introduce(exact, name)
      return exact
    }
    const wordCount = name.words.filter((w) => !this.lex.particles.has(w.toLowerCase())).length
    const prefixed = wordCount === 1 ? this.prefixes.get(key(name.text)) : undefined
    if (prefixed) return prefixed
    if (wordCount === 1 && name.type !== 'organization') {
      const surname = key(name.text)
      const person = lastOf(this.introduced.get(surname), (id) => compatible(this.entries.get(id)!.gender, name.gender))
      if (person) return person
      const known = this.knownBySurname.get(surname) ?? []
      if (known.length === 1 && compatible(this.entries.get(known[0]!)!.gender, name.gender)) return known[0]
    }
    // "Mr. Obama" or "Barack Obama" after "President Barack Obama": a longer name already introduced with the same surname and first name.
    if (name.type !== 'organization' && wordCount >= 2) {
      const first = key(name.words[0]!)
      const same = lastOf(this.introduced.get(key(surnameOf(name.text))), (id) => key(this.entries.get(id)!.name.split(/\s+/)[0]!) === first)
      if (same) return same
    }
    if (!create || !wellFormed(name, this.lex)) return undefined
    const type: EntityType = name.type === 'organization' ? 'organization' : 'person'
    return this.create(name.text, type, name.gender, name)
  }

  /** A new entity for a name the knowledge base does not know (or the one already made for it). */
  create (text: string, type: EntityType, gender: Gender | null, name?: Name): string {
    const known = this.lookup(text)
    if (known) return known
    let id = slugify(text)
    for (let n = 2; this.entries.has(id); n++) id = `${slugify(text)}-${n}`
    this.entries.set(id, { id, name: text, type, gender, sure: name?.honorific != null, known: false })
    this.byKey.set(key(text), id)
    this.created.set(id, { id, name: text, type, description: `${type === 'person' ? 'Person' : type === 'organization' ? 'Organization' : 'Entity'} named in an ingested article.` })
    if (type === 'person' && name) this.introduce(id, name)
    return id
  }

  /** Records that the article names a person in full, so a later surname finds them. */
  private introduce (id: string, name: Name) {
    const entry = this.entries.get(id)!
    if (name.gender) this.setGender(id, name.gender, name.honorific !== null)
    const full = entry.name.split(/\s+/)
    if (full.length < 2) return
    const surname = key(surnameOf(entry.name))
    // Latest last: a name met again is pushed again (lookups read only the last few), and the list stays short.
    const list = this.introduced.get(surname)
    if (!list) this.introduced.set(surname, [id])
    else if (list.at(-1) !== id) {
      list.push(id)
      if (list.length > 100) list.splice(0, 50)
    }
  }

  /** Learns a gender for an entity: what the text says ("Mrs.", "la présidente") overrides a first-name guess. */
  setGender (id: string, gender: Gender | null, sure = false) {
    const entry = this.entries.get(id)
    if (!entry || !gender || entry.sure) return
    if (sure || !entry.gender) {
      entry.gender = gender
      entry.sure = sure
    }
  }

  mention (id: string, range: Range, text: string) {
    const entry = this.entries.get(id)
    if (!entry) return
    // "SUD-PTT" met, "le syndicat SUD" later: the first part of a hyphenated organization's name stands for it.
    if (entry.type === 'organization' && /^[\p{L}\p{N}]+-/u.test(entry.name)) this.prefixes.set(key(entry.name.split('-')[0]!), id)
    this.mentions.push({ entityId: id, start: range.start, end: range.end, text, type: entry.type, gender: entry.gender })
  }

  /** Every mention of an organization so far, known or created, sorted by start: the subjects a market figure may concern. */
  organizationMentions (): { entityId: string, start: number, end: number, text: string }[] {
    return this.mentions.filter((m) => m.type === 'organization').sort((a, b) => a.start - b.start || b.end - a.end)
      .map((m) => ({ entityId: m.entityId, start: m.start, end: m.end, text: m.text }))
  }

  /** Marks an entity as used by a statement or a figure: created ones are then kept. */
  use (id: string) {
    this.used.add(id)
  }

  /** The entities created and used, and the mentions of known and used entities, in text order. */
  result (): { newEntities: ExtractedEntity[], mentions: ExtractedMention[] } {
    const newEntities = [...this.created.values()].filter((e) => this.used.has(e.id))
    const keep = (id: string) => this.entries.get(id)?.known || this.used.has(id)
    const sorted = this.mentions.filter((m) => keep(m.entityId)).sort((a, b) => a.start - b.start || b.end - a.end)
    const mentions: ExtractedMention[] = []
    for (const m of sorted) {
      const last = mentions.at(-1)
      if (last && m.start < last.end) continue
      mentions.push({ entityId: m.entityId, start: m.start, end: m.end, text: m.text })
    }
    return { newEntities, mentions }
  }

  get languageOf () {
    return this.language
  }
}

const compatible = (a: Gender | null, b: Gender | null) => a === null || b === null || a === b

/** The last item of `list` that `ok` accepts, looking back at most 20. */
function lastOf (list: readonly string[] | undefined, ok: (id: string) => boolean): string | undefined {
  if (!list) return undefined
  for (let i = list.length - 1; i >= 0 && i >= list.length - 20; i--) if (ok(list[i]!)) return list[i]
  return undefined
}

/** A name fit to become an entity: no function word, month or role at its edges, not a lone initial, at most five words for a person. */
export function wellFormed (name: Name, lex: Lexicon): boolean {
  const words = name.words
  if (words.length === 0 || name.text.length < 2) return false
  const first = words[0]!.toLowerCase()
  const last = words.at(-1)!.toLowerCase().replace(/['’]s$/, '')
  const titled = name.honorific !== null || name.role !== null
  if (lex.stopwords.has(first) || lex.notNames.has(first) || (!titled && (lex.honorifics.has(first) || lex.roles.has(first)))) return false
  if (lex.stopwords.has(last) || lex.notNames.has(last) || (words.length === 1 && !titled && lex.honorifics.has(last))) return false
  if (words.length === 1 && /^\p{Lu}\.?$/u.test(words[0]!)) return false
  if (name.type !== 'organization' && words.length > 5) return false
  return /\p{L}{2}/u.test(name.text)
}

export type { NameType }
