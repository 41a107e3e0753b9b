// Deterministic benchmark corpora: French-like articles, entities, statements with exact spans and market events, at any size, bulk-loaded into a migrated database.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDb, type Db } from '../src/db/index.js'

/** Bump when the generator changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 5
export const DATA_DIR = fileURLToPath(new URL('./.data', import.meta.url))
const STATEMENTS_PER_ARTICLE = 20

/** Words the benchmarks search for, with the share of statements that contain them. */
export const PLANTED = {
  rare: { word: 'zanzibarite', share: 0.0001 },
  common: { word: 'marché', share: 0.1 },
  veryCommon: { word: 'le', share: 0.7 }
} as const

/** The most quoted and most discussed entity (as DeepSeek is in the seed): a worst case for its lists. */
export const POPULAR_ENTITY = 'entite-0'

/** mulberry32: a small, fast, seedable PRNG, so every run builds the same corpus. */
function prng (seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ma', 'ré', 'con', 'tion', 'pro', 'du', 'ver', 'sa', 'li', 'té', 'mo', 'dè', 'le', 'gé', 'ra', 'in', 'for', 'mé', 'ca', 'ni', 'que', 'é', 'co', 'no', 'mie', 'tech', 'lo', 'gie', 'puis', 'san', 'ce', 'cal', 'cul', 'ob', 'ser', 'va']
const FUNCTION_WORDS = ['de', 'la', 'et', 'les', 'des', 'en', 'un', 'une', 'du', 'que', 'qui', 'pour', 'dans', 'sur', 'est', 'au', 'plus', 'nous', 'il', 'elle']
const VERBS = ['a déclaré', 'a dit', 'a ajouté', 'a estimé', 'a affirmé', 'a répondu']
const KINDS = ['quote', 'quote', 'partial_quote', 'paraphrase', 'paraphrase', 'no_comment'] as const
const MEDIA = [null, null, 'press_statement', 'earnings_call', 'linkedin_post', 'x_post', 'news_report'] as const
const TYPES = ['person', 'person', 'person', 'organization', 'organization', 'product', 'platform', 'concept'] as const

export interface Corpus {
  path: string
  statements: number
  articles: number
  entities: number
}

/** The database file for `size` statements, built on first use and reused afterwards. */
export function corpusPath (size: number): string {
  return join(DATA_DIR, `corpus-${size}-v${GENERATOR_VERSION}.db`)
}

export function ensureCorpus (size: number, log: (line: string) => void = () => {}): Corpus {
  const path = corpusPath(size)
  const counts = { path, statements: size, articles: Math.ceil(size / STATEMENTS_PER_ARTICLE), entities: Math.max(50, Math.round(size / 200)) }
  if (existsSync(path)) return counts
  mkdirSync(dirname(path), { recursive: true })
  const building = `${path}.building`
  rmSync(building, { force: true })
  const started = Date.now()
  const db = openDb(building)
  generate(db, counts, log)
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
  rmSync(`${building}-wal`, { force: true })
  rmSync(`${building}-shm`, { force: true })
  renameSync(building, path)
  log(`built ${size.toLocaleString('en')} statements in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path}`)
  return counts
}

/**
 * Inserts the corpus with the triggers set aside (one bulk pass, then one rebuild of each
 * derived structure), as a bulk import should: per-row triggers make a million inserts several
 * times slower.
 */
function generate (db: Db, counts: Omit<Corpus, 'path'>, log: (line: string) => void) {
  const sql = db.$client
  const random = prng(20261129 + counts.statements)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  // Zipf-like: a few words and entities are everywhere, most are rare.
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(random(), 2.2) * n))

  const vocabulary = Array.from({ length: 20_000 }, (_, i) => {
    let word = ''
    const syllables = 2 + (i % 3)
    for (let s = 0; s < syllables; s++) word += SYLLABLES[(i * 7 + s * 13 + Math.floor(i / 97)) % SYLLABLES.length]
    return `${word}${i % 5 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`
  })

  const triggers = sql.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]
  for (const name of sql.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]) sql.exec(`DROP TRIGGER ${name}`)

  const insertEntity = sql.prepare('INSERT INTO entities (id, name, type, description) VALUES (?, ?, ?, ?)')
  const insertAlias = sql.prepare('INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)')
  const insertArticle = sql.prepare('INSERT INTO articles (id, title, author, language, publisher, published_date, published_date_precision, standfirst, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const insertStatement = sql.prepare('INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end, medium) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const insertSubject = sql.prepare('INSERT INTO statement_subjects (statement_id, entity_id, article_date, article_id, position) VALUES (?, ?, ?, ?, ?)')
  const insertMention = sql.prepare('INSERT INTO mentions (article_id, entity_id, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)')
  const insertEvent = sql.prepare('INSERT INTO market_events (id, entity_id, article_id, kind, direction, figures, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')

  const entityName = (i: number) => `${vocabulary[(i * 31) % vocabulary.length]!.replace(/^./, (c) => c.toUpperCase())} ${vocabulary[(i * 17 + 5) % vocabulary.length]!.replace(/^./, (c) => c.toUpperCase())}`

  sql.transaction(() => {
    for (let e = 0; e < counts.entities; e++) {
      const name = entityName(e)
      insertEntity.run(`entite-${e}`, name, pick(TYPES), `Entité générée numéro ${e} pour les bancs d’essai.`)
      insertAlias.run(`entite-${e}`, name)
      if (e % 3 === 0) insertAlias.run(`entite-${e}`, name.split(' ')[0]!)
    }
  })()

  /** A statement-length sentence; planted words appear with their planned shares. */
  const sentence = () => {
    const length = 12 + Math.floor(random() * 18)
    const words: string[] = []
    for (let w = 0; w < length; w++) words.push(random() < 0.35 ? pick(FUNCTION_WORDS) : vocabulary[zipf(vocabulary.length)]!)
    for (const { word, share } of Object.values(PLANTED)) {
      if (random() < share) words.splice(Math.floor(random() * words.length), 0, word)
    }
    return words.join(' ').replace(/^./, (c) => c.toUpperCase())
  }

  let statementNumber = 0
  const batch = 2_000
  for (let first = 0; first < counts.articles; first += batch) {
    sql.transaction(() => {
      for (let a = first; a < Math.min(counts.articles, first + batch); a++) {
        const articleId = `article-${a}`
        // Dates spread over 2015–2025 at day precision, a few at month or year precision or unknown.
        const day = Math.floor(random() * 3650)
        const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
        const precisionRoll = random()
        const [published, precision] = precisionRoll < 0.02 ? [null, null] : precisionRoll < 0.05 ? [date.slice(0, 4), 'year'] : precisionRoll < 0.1 ? [date.slice(0, 7), 'month'] : [date, 'day']
        const parts: string[] = []
        let offset = 0
        const spans: { start: number, end: number, text: string, speaker: number, label: string, labelStart: number }[] = []
        const perArticle = Math.min(STATEMENTS_PER_ARTICLE, counts.statements - statementNumber)
        for (let s = 0; s < perArticle; s++) {
          const speaker = zipf(counts.entities)
          const label = entityName(speaker)
          const text = sentence()
          const lead = `${label} ${pick(VERBS)} : « `
          const start = offset + lead.length
          parts.push(`${lead}${text} ». ${sentence()}.`)
          spans.push({ start, end: start + text.length, text, speaker, label, labelStart: offset })
          offset += parts[parts.length - 1]!.length + 2
        }
        const body = parts.join('\n\n')
        insertArticle.run(articleId, `${sentence()} : ${pick(FUNCTION_WORDS)} réactions`, `Auteur ${a % 400}`, 'fr', `Journal ${a % 40}`, published, precision, sentence(), body)
        const articleDate = published ?? ''
        spans.forEach((span, index) => {
          const id = `st_${(statementNumber++).toString(36).padStart(8, '0')}`
          insertStatement.run(id, articleId, articleDate, index + 1, `entite-${span.speaker}`, span.label, pick(KINDS), span.text, span.start, span.end, pick(MEDIA))
          const subjects = new Set<number>()
          if (random() < 0.1) subjects.add(0)
          subjects.add(zipf(counts.entities))
          if (random() < 0.3) subjects.add(zipf(counts.entities))
          for (const subject of subjects) insertSubject.run(id, `entite-${subject}`, articleDate, articleId, index + 1)
          insertMention.run(articleId, `entite-${span.speaker}`, span.labelStart, span.labelStart + span.label.length, span.label)
        })
        if (a % 10 === 0 && spans[0]) {
          const percent = Math.round(random() * 300) / 10
          const up = random() < 0.5
          insertEvent.run(`me_${a.toString(36).padStart(8, '0')}`, `entite-${zipf(counts.entities)}`, articleId, 'share_price_change', up ? 'up' : 'down',
            JSON.stringify([{ value: up ? percent : -percent, unit: 'percent', currency: null, text: `${percent}%` }]), spans[0].text, spans[0].start, spans[0].end)
        }
      }
    })()
    if (first % 50_000 === 0) log(`  ${Math.min(counts.articles, first + batch).toLocaleString('en')} / ${counts.articles.toLocaleString('en')} articles`)
  }

  log('  rebuilding full-text indexes and counters')
  sql.exec(`
    INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    DELETE FROM entities_fts;
    INSERT INTO entities_fts (rowid, name, aliases)
      SELECT e.seq, e.name, coalesce((SELECT group_concat(alias, ' | ') FROM entity_aliases WHERE entity_id = e.id), '') FROM entities e;
    UPDATE entities SET
      statement_count = (SELECT count(*) FROM statements WHERE speaker_id = entities.id),
      subject_count = (SELECT count(*) FROM statement_subjects WHERE entity_id = entities.id),
      mention_count = (SELECT count(*) FROM mentions WHERE entity_id = entities.id);
    UPDATE row_counts SET n = (SELECT count(*) FROM statements) WHERE table_name = 'statements';
    UPDATE kb_version SET version = version + 1;
  `)
  // No ANALYZE: the service never runs it, so the corpus is measured as a deployment holds it. With
  // sqlite_stat4 present, SQLite re-plans a statement for each new value bound to an indexed column,
  // which tripled the cost of a statement by id (36 µs against 11) and misstated every keyed route.
  for (const trigger of triggers) sql.exec(trigger)
}

/** `tsx bench/dataset.ts 10000 100000` builds those sizes ahead of time. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const size of process.argv.slice(2).map(Number)) ensureCorpus(size, console.log)
}
