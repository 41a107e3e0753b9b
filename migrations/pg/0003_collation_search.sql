-- Byte-order text keys, and a search vector that keeps words between « » (after unaccent, << >>).
--
-- The stores order and bound every text key with COLLATE "C" (SQLite's BINARY order, whatever the
-- database's locale), and an index only serves an order or comparison in its own collation: declared
-- in the database's default, every list page was a sequential scan and a full sort. Declaring the key
-- columns "C" makes ALTER ... TYPE rebuild each index on them (and re-check each foreign key) in byte
-- order. Equality is the same in either collation (both are deterministic), so no existing row or
-- foreign key changes meaning. One table per statement, referenced tables first, in one transaction.
-- PostgreSQL refuses to retype a column an UPDATE OF trigger names; these three are dropped and
-- re-created as 0002_derived.sql wrote them.
DROP TRIGGER statements_count ON statements;
--> statement-breakpoint
DROP TRIGGER statement_subjects_count ON statement_subjects;
--> statement-breakpoint
DROP TRIGGER mentions_count ON mentions;
--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "id" TYPE text COLLATE "C", ALTER COLUMN "date_key" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "entities" ALTER COLUMN "id" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "id" TYPE text COLLATE "C", ALTER COLUMN "article_id" TYPE text COLLATE "C", ALTER COLUMN "speaker_id" TYPE text COLLATE "C", ALTER COLUMN "article_date" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "statement_subjects" ALTER COLUMN "statement_id" TYPE text COLLATE "C", ALTER COLUMN "entity_id" TYPE text COLLATE "C", ALTER COLUMN "article_date" TYPE text COLLATE "C", ALTER COLUMN "article_id" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "market_events" ALTER COLUMN "id" TYPE text COLLATE "C", ALTER COLUMN "article_id" TYPE text COLLATE "C", ALTER COLUMN "entity_id" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "entity_aliases" ALTER COLUMN "entity_id" TYPE text COLLATE "C", ALTER COLUMN "alias" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "affiliations" ALTER COLUMN "from_entity_id" TYPE text COLLATE "C", ALTER COLUMN "to_entity_id" TYPE text COLLATE "C", ALTER COLUMN "article_id" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "mentions" ALTER COLUMN "article_id" TYPE text COLLATE "C", ALTER COLUMN "entity_id" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "terms" ALTER COLUMN "article_id" TYPE text COLLATE "C";
--> statement-breakpoint
CREATE TRIGGER statements_count AFTER INSERT OR DELETE OR UPDATE OF speaker_id ON statements FOR EACH ROW EXECUTE FUNCTION wsw_count_for_entity();
--> statement-breakpoint
CREATE TRIGGER statement_subjects_count AFTER INSERT OR DELETE OR UPDATE OF entity_id ON statement_subjects FOR EACH ROW EXECUTE FUNCTION wsw_count_for_entity();
--> statement-breakpoint
CREATE TRIGGER mentions_count AFTER INSERT OR DELETE OR UPDATE OF entity_id ON mentions FOR EACH ROW EXECUTE FUNCTION wsw_count_for_entity();
--> statement-breakpoint
-- Names keep the database's collation: lower() folds case by its collation's rules, and under "C" it
-- would fold ASCII only. The stores sort by lower(name) COLLATE "C", id COLLATE "C", so the indexes
-- name that same expression.
DROP INDEX "entities_name";
--> statement-breakpoint
CREATE INDEX "entities_name" ON "entities" USING btree ((lower("name") COLLATE "C"), "id");
--> statement-breakpoint
DROP INDEX "entities_type_name";
--> statement-breakpoint
CREATE INDEX "entities_type_name" ON "entities" USING btree ("type", (lower("name") COLLATE "C"), "id");
--> statement-breakpoint
-- PostgreSQL's text-search parser reads "<les modèles>" as an HTML tag and drops its words; unaccent
-- writes « » as << >>, so every word in French quotes went unindexed. Angle brackets carry no word,
-- so they become spaces. The parser's other token kinds (URLs, e-mail addresses, '&' entities) are
-- left as they are: they still yield their words, only as extra tokens. The query side (tsQuery in
-- src/db/pg-search.ts) only ever sees words of letters and digits, so it needs no change.
CREATE OR REPLACE FUNCTION wsw_search_vector(value text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_tsvector('simple'::regconfig, translate(wsw_unaccent(coalesce(value, '')), '<>', '  ')) $$;
--> statement-breakpoint
-- An expression index keeps the vectors the old function computed until rebuilt.
REINDEX INDEX "statements_search";
--> statement-breakpoint
REINDEX INDEX "articles_search";
--> statement-breakpoint
REINDEX INDEX "entities_search";
--> statement-breakpoint
REINDEX INDEX "entity_aliases_search";
