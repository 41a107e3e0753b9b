CREATE TABLE "search_stats" (
	"index_name" text PRIMARY KEY NOT NULL,
	"docs" bigint NOT NULL,
	"tokens" bigint NOT NULL
);
--> statement-breakpoint
-- bm25 on PostgreSQL, computed as SQLite's FTS5 computes it, so a search's hits come in the same
-- order on both engines; and the derived counters kept per statement rather than per row.
--
-- 1. Tokens as FTS5's unicode61 tokenizer cuts them: runs of letters and digits. PostgreSQL's parser
--    also keeps compounds whole beside their parts ('open-source', 'open', 'source'; '3.5'; hosts,
--    URLs and e-mail addresses), which would count a hyphenated word twice in a prefix's frequency
--    and lengthen every document. ASCII punctuation becomes spaces before it parses.
CREATE OR REPLACE FUNCTION wsw_search_vector(value text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_tsvector('simple'::regconfig, translate(wsw_unaccent(coalesce(value, '')), '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~', '                                ')) $$;
--> statement-breakpoint
-- The vectors of statements and articles, stored (see src/db/pg-schema.ts) and computed by the
-- function above; their GIN indexes move from the expressions onto them, so a match's recheck reads
-- a vector instead of parsing the text again.
ALTER TABLE "articles" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (wsw_article_vector(title, standfirst, body)) STORED NOT NULL;
--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (wsw_search_vector(text)) STORED NOT NULL;
--> statement-breakpoint
DROP INDEX "statements_search";
--> statement-breakpoint
CREATE INDEX "statements_search" ON "statements" USING gin ("search_vector");
--> statement-breakpoint
DROP INDEX "articles_search";
--> statement-breakpoint
CREATE INDEX "articles_search" ON "articles" USING gin ("search_vector");
--> statement-breakpoint
REINDEX INDEX "entities_search";
--> statement-breakpoint
REINDEX INDEX "entity_aliases_search";
--> statement-breakpoint
-- A document's length in tokens, as FTS5's docsize holds it (a vector keeps at most 256 positions of
-- one word and none past 16,383, so a longer text counts short).
CREATE FUNCTION wsw_token_count(vector tsvector) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT coalesce(sum(cardinality(positions)), 0)::bigint FROM unnest(vector) $$;
--> statement-breakpoint
-- 2. What bm25 reads of a whole index: its documents and their tokens (search_stats), kept by
--    statement-level triggers from the rows each statement changed.
INSERT INTO search_stats (index_name, docs, tokens)
SELECT 'statements', count(*), coalesce(sum(wsw_token_count(search_vector)), 0) FROM statements
UNION ALL
SELECT 'articles', count(*), coalesce(sum(wsw_token_count(search_vector)), 0) FROM articles
UNION ALL
SELECT 'entities', (SELECT count(*) FROM entities),
  (SELECT coalesce(sum(wsw_token_count(wsw_search_vector(name))), 0) FROM entities) + (SELECT coalesce(sum(wsw_token_count(wsw_search_vector(alias))), 0) FROM entity_aliases);
--> statement-breakpoint
-- An entity's document is its name and every alias (SQLite's entities_fts row), so aliases add
-- tokens to the entities' index but no document.
CREATE FUNCTION wsw_count_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target text := CASE TG_TABLE_NAME WHEN 'entity_aliases' THEN 'entities' ELSE TG_TABLE_NAME END;
  -- The columns a document is made of, and its vector from them.
  fields text := CASE TG_TABLE_NAME WHEN 'statements' THEN 'text' WHEN 'articles' THEN 'title, standfirst, body' WHEN 'entities' THEN 'name' ELSE 'alias' END;
  -- Rows written or removed whole carry their stored vector; an update's changed texts are parsed again.
  vector text := CASE WHEN TG_TABLE_NAME IN ('statements', 'articles') AND TG_OP <> 'UPDATE' THEN 'search_vector'
    WHEN TG_TABLE_NAME = 'articles' THEN 'wsw_article_vector(title, standfirst, body)' ELSE format('wsw_search_vector(%s)', fields) END;
  added_from text := 'new_rows';
  removed_from text := 'old_rows';
  doc_delta bigint := 0;
  added_tokens bigint := 0;
  removed_tokens bigint := 0;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Only the rows whose text changed: most updates move a counter or a date, and their documents stay as they were.
    added_from := format('(SELECT %1$s FROM new_rows EXCEPT ALL SELECT %1$s FROM old_rows)', fields);
    removed_from := format('(SELECT %1$s FROM old_rows EXCEPT ALL SELECT %1$s FROM new_rows)', fields);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT count(*), coalesce(sum(wsw_token_count(%s)), 0) FROM %s AS changed', vector, added_from) INTO doc_delta, added_tokens;
  END IF;
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT -count(*), coalesce(sum(wsw_token_count(%s)), 0) FROM %s AS changed', vector, removed_from) INTO doc_delta, removed_tokens;
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE format('SELECT coalesce(sum(wsw_token_count(%s)), 0) FROM %s AS changed', vector, removed_from) INTO removed_tokens;
    doc_delta := 0;
  END IF;
  IF TG_TABLE_NAME = 'entity_aliases' THEN doc_delta := 0; END IF;
  IF doc_delta <> 0 OR added_tokens <> removed_tokens THEN
    UPDATE search_stats SET docs = docs + doc_delta, tokens = tokens + added_tokens - removed_tokens WHERE index_name = target;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['statements', 'articles', 'entities', 'entity_aliases'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_search_tokens()', name || '_search_insert', name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_search_tokens()', name || '_search_delete', name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_search_tokens()', name || '_search_update', name);
  END LOOP;
END $$;
--> statement-breakpoint
-- 3. The content version, the statement count and the entity counters, per statement rather than per
--    row, with the same totals. Row by row, one transaction writing many rows (db:copy, a large
--    ingestion) updated the same kb_version and entity rows once per row, and every update of a row
--    the transaction had already updated walks a longer chain of its versions: copying 100,000
--    statements slowed down batch after batch and never finished. Per statement the version still
--    moves by one per row written, and a statement that writes no row leaves it as it was.
CREATE OR REPLACE FUNCTION wsw_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT count(*) INTO written FROM old_rows;
  ELSE
    SELECT count(*) INTO written FROM new_rows;
  END IF;
  IF written > 0 THEN
    UPDATE kb_version SET version = version + written WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION wsw_count_statements() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT -count(*) INTO delta FROM old_rows;
  ELSE
    SELECT count(*) INTO delta FROM new_rows;
  END IF;
  IF delta <> 0 THEN
    UPDATE row_counts SET n = n + delta WHERE table_name = 'statements';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- One counter per firing table, as 0002_derived.sql's: statements count for their speaker, subjects
-- and mentions for their entity. An update moves each entity's count by its rows after less its rows
-- before, so one that changes no entity moves none.
CREATE OR REPLACE FUNCTION wsw_count_for_entity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entity text := CASE TG_TABLE_NAME WHEN 'statements' THEN 'speaker_id' ELSE 'entity_id' END;
  counter text := CASE TG_TABLE_NAME WHEN 'statements' THEN 'statement_count' WHEN 'statement_subjects' THEN 'subject_count' ELSE 'mention_count' END;
  moves text;
BEGIN
  moves := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %I AS entity_id, 1 AS n FROM new_rows', entity)
    WHEN 'DELETE' THEN format('SELECT %I AS entity_id, -1 AS n FROM old_rows', entity)
    ELSE format('SELECT %1$I AS entity_id, 1 AS n FROM new_rows UNION ALL SELECT %1$I, -1 FROM old_rows', entity)
  END;
  EXECUTE format(
    'UPDATE entities SET %1$I = entities.%1$I + moved.n FROM (SELECT entity_id, sum(n) AS n FROM (%2$s) AS m WHERE entity_id IS NOT NULL GROUP BY entity_id HAVING sum(n) <> 0) AS moved WHERE entities.id = moved.entity_id',
    counter, moves);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER statements_count ON statements;
--> statement-breakpoint
DROP TRIGGER statement_subjects_count ON statement_subjects;
--> statement-breakpoint
DROP TRIGGER mentions_count ON mentions;
--> statement-breakpoint
DROP TRIGGER statements_row_count ON statements;
--> statement-breakpoint
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['articles', 'entities', 'entity_aliases', 'affiliations', 'mentions', 'terms', 'statements', 'statement_subjects', 'market_events'] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', name || '_version', name);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_bump_version()', name || '_version_insert', name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_bump_version()', name || '_version_update', name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_bump_version()', name || '_version_delete', name);
  END LOOP;
  FOREACH name IN ARRAY ARRAY['statements', 'statement_subjects', 'mentions'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_for_entity()', name || '_count_insert', name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_for_entity()', name || '_count_update', name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_for_entity()', name || '_count_delete', name);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER statements_row_count_insert AFTER INSERT ON statements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_statements();
--> statement-breakpoint
CREATE TRIGGER statements_row_count_delete AFTER DELETE ON statements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wsw_count_statements();
--> statement-breakpoint
-- 4. bm25 as FTS5's bm25() computes it (ext/fts5/fts5_aux.c in SQLite's sources). Each word of a
--    search weighs idf = ln((N - n + 0.5) / (n + 0.5)), at least 1e-6, where N is the index's
--    documents and n those holding the word; a document scores
--    -sum(idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))), k1 = 1.2, b = 0.75, where f is
--    the word's occurrences in it weighted by field (a prefix counts every word it begins), D its
--    length in tokens and avgdl the index's average length. The same arithmetic in the same order,
--    so equal inputs give equal scores on both engines.
--
-- A search's words (a trailing * marks a prefix, as FTS5's "word"*), folded as the vectors are, with
-- their idf over one index and its average length: computed once a search, then passed to every
-- row's wsw_bm25. The documents holding a word are counted off the GIN indexes, as FTS5 counts them
-- off its own.
CREATE FUNCTION wsw_bm25_terms(index_name text, search text[], OUT words text[], OUT prefix boolean[], OUT idf float8[], OUT avgdl float8)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  total_docs bigint;
  total_tokens bigint;
  word text;
  query tsquery;
  hits bigint;
  weight float8;
BEGIN
  SELECT s.docs, s.tokens INTO total_docs, total_tokens FROM search_stats s WHERE s.index_name = wsw_bm25_terms.index_name;
  total_docs := coalesce(total_docs, 0);
  avgdl := CASE WHEN total_docs > 0 THEN total_tokens::float8 / total_docs::float8 ELSE 1 END;
  words := '{}';
  prefix := '{}';
  idf := '{}';
  FOREACH word IN ARRAY search LOOP
    prefix := prefix || (right(word, 1) = '*');
    word := wsw_unaccent(rtrim(word, '*'));
    words := words || word;
    query := to_tsquery('simple', quote_literal(word) || CASE WHEN prefix[cardinality(prefix)] THEN ':*' ELSE '' END);
    IF wsw_bm25_terms.index_name = 'statements' THEN
      SELECT count(*) INTO hits FROM statements WHERE search_vector @@ query;
    ELSIF wsw_bm25_terms.index_name = 'articles' THEN
      SELECT count(*) INTO hits FROM articles WHERE search_vector @@ query;
    ELSE
      SELECT count(*) INTO hits FROM (
        SELECT e.seq FROM entities e WHERE wsw_search_vector(e.name) @@ query
        UNION
        SELECT e.seq FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE wsw_search_vector(a.alias) @@ query
      ) AS found;
    END IF;
    weight := ln(((total_docs - hits)::float8 + 0.5::float8) / (hits::float8 + 0.5::float8));
    idf := idf || CASE WHEN weight <= 0 THEN 1e-6::float8 ELSE weight END;
  END LOOP;
END $$;
--> statement-breakpoint
-- One document's score, lower is better as bm25()'s. field_weights are the weights of A, B, C and D
-- (setweight's labels; an unlabelled vector is all D).
CREATE FUNCTION wsw_bm25(doc tsvector, words text[], prefix boolean[], idf float8[], avgdl float8, field_weights float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH lexemes AS (SELECT lexeme, positions, weights AS marks FROM unnest(doc)),
  size AS (SELECT coalesce(sum(cardinality(positions)), 0)::float8 AS d FROM lexemes),
  freq AS (
    SELECT i, sum(field_weights[strpos('ABCD', mark)]) AS f
    FROM generate_subscripts(words, 1) AS i
    JOIN lexemes ON CASE WHEN prefix[i] THEN starts_with(lexeme, words[i]) ELSE lexeme = words[i] END
    CROSS JOIN LATERAL unnest(marks) AS mark
    GROUP BY i
  )
  SELECT -1.0::float8 * coalesce(sum(idf[i] * ((f * (1.2::float8 + 1.0::float8)) / (f + 1.2::float8 * (1.0::float8 - 0.75::float8 + 0.75::float8 * size.d / avgdl))) ORDER BY i), 0)
  FROM freq, size
$$;
