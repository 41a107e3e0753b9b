-- Full-text search on PostgreSQL, accent- and case-blind like SQLite's FTS5 indexes (unicode61,
-- remove_diacritics 2; migrations/sqlite/0001_search.sql) and over the same fields: statements' text,
-- articles' title, standfirst and body, entities' names and every alias. The 'simple' configuration
-- lower-cases and neither stems nor drops stopwords, as unicode61 does; prefix matching is the query's
-- (to_tsquery's 'word:*'), which a GIN index answers. unaccent is a contrib extension that managed
-- services (RDS, Cloud SQL, Azure) allow.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
-- unaccent() is only STABLE, since its dictionary could be edited, and an index expression must be
-- IMMUTABLE; naming the dictionary and the schema pins both, so the promise holds as long as nobody
-- edits unaccent.rules (after such an edit, REINDEX the indexes below).
CREATE FUNCTION wsw_unaccent(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;
--> statement-breakpoint
-- The searchable form of a text; queries must use this same function for the planner to use the indexes.
-- A NULL (a missing standfirst) is an empty vector, so concatenations stay non-NULL.
CREATE FUNCTION wsw_search_vector(value text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_tsvector('simple'::regconfig, wsw_unaccent(coalesce(value, ''))) $$;
--> statement-breakpoint
-- An article's fields weighted as SQLite ranks them (bm25 4 : 2 : 1 for title, standfirst, body).
CREATE FUNCTION wsw_article_vector(title text, standfirst text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT setweight(wsw_search_vector(title), 'A') || setweight(wsw_search_vector(standfirst), 'B') || setweight(wsw_search_vector(body), 'C') $$;
--> statement-breakpoint
CREATE INDEX statements_search ON statements USING gin (wsw_search_vector(text));
--> statement-breakpoint
CREATE INDEX articles_search ON articles USING gin (wsw_article_vector(title, standfirst, body));
--> statement-breakpoint
-- SQLite keeps an entity's aliases in its FTS row; here they are searched in their own table, joined by entity_id.
CREATE INDEX entities_search ON entities USING gin (wsw_search_vector(name));
--> statement-breakpoint
CREATE INDEX entity_aliases_search ON entity_aliases USING gin (wsw_search_vector(alias));
