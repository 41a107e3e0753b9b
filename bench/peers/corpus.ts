// The corpus as each peer reads it: a copy of the SQLite file for Platformatic DB, a JSON export for json-server, and the rows every answer is checked against, read from the file itself.
import { copyFileSync, existsSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** Bump when the export's shape changes, so a kept export is rebuilt. */
const EXPORT_VERSION = 1

/** A copy Platformatic DB may open read-write (it sets its own pragmas) without touching the corpus the other servers read. */
export function sqliteCopy (corpusPath: string, dir: string): string {
  const copy = join(dir, 'platformatic.db')
  copyFileSync(corpusPath, copy)
  return copy
}

/**
 * The corpus as json-server's one JSON file: statements with the columns Platformatic's REST rows
 * have (in storage order, as a table holds them), and `speakers` and `articles` for `_expand`,
 * which joins `speakerId` and `articleId`. Built once per corpus and kept beside it.
 */
export function jsonExport (corpusPath: string, log: (line: string) => void): { path: string, bytes: number } {
  const path = corpusPath.replace(/\.db$/, `.json-server-v${EXPORT_VERSION}.json`)
  if (!existsSync(path)) {
    const started = Date.now()
    const db = new Database(corpusPath, { readonly: true })
    const all = (sql: string) => db.prepare(sql).all()
    const data = {
      statements: all(`SELECT id, article_id AS articleId, article_date AS articleDate, position, speaker_id AS speakerId, speaker_label AS speakerLabel, kind, text,
        span_start AS spanStart, span_end AS spanEnd, medium, stance, origin, confidence FROM statements ORDER BY seq`),
      speakers: all('SELECT id, name, type FROM entities ORDER BY seq'),
      articles: all('SELECT id, title, published_date AS publishedDate, published_date_precision AS publishedDatePrecision FROM articles ORDER BY seq')
    }
    db.close()
    writeFileSync(`${path}.building`, JSON.stringify(data))
    renameSync(`${path}.building`, path)
    log(`bench:peers: exported the corpus for json-server in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path}`)
  }
  return { path, bytes: statSync(path).size }
}

/** A statement as an answer lists it: its id, and its speaker's name when the speaker is joined. */
export interface Row { id: string, speaker?: string | undefined }

/**
 * What each route must answer, from SQL on the corpus: the statements read by id (a spread-out
 * sample, as bench.ts takes it, with their seq, Platformatic's primary key), the page of 20 of the
 * entity who speaks most (the longest list to walk) and the list's page of 100, each in our API's
 * order (newest article first, each in reading order).
 */
export function expectedRows (corpusPath: string) {
  const db = new Database(corpusPath, { readonly: true })
  const speaker = db.prepare('SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 1').pluck().get() as string
  const select = 'SELECT s.id, e.name AS speaker FROM statements s LEFT JOIN entities e ON e.id = s.speaker_id'
  const order = 'ORDER BY s.article_date DESC, s.article_id, s.position'
  const sample = db.prepare(`${select.replace('SELECT', 'SELECT s.seq,')} WHERE s.seq % 101 = 0 ORDER BY s.seq LIMIT 200`).all() as (Row & { seq: number })[]
  const expected = {
    speaker,
    seqs: sample.map((row) => row.seq),
    byId: sample.map(({ id, speaker }) => [{ id, speaker }]),
    page20: [db.prepare(`${select} WHERE s.speaker_id = ? ${order} LIMIT 20`).all(speaker) as Row[]],
    page100: [db.prepare(`${select} ${order} LIMIT 100`).all() as Row[]]
  }
  db.close()
  return expected
}
