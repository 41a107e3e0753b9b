-- What SQLite's triggers keep (migrations/sqlite/0001_search.sql), kept here by PostgreSQL's: the
-- content version every write bumps (the ETag of every GET, shared by every instance on the database),
-- the statement count, the entity counters, and statements' copy of their article's date. The full-text
-- indexes need no trigger here: they are expression indexes (0001_search.sql).
INSERT INTO kb_version (id, version) VALUES (1, 0);
--> statement-breakpoint
INSERT INTO row_counts (table_name, n) VALUES ('statements', 0);
--> statement-breakpoint
-- Per row, as SQLite's: a write that touches no row leaves the version, and so every ETag, as it was.
CREATE FUNCTION wsw_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['articles', 'entities', 'entity_aliases', 'affiliations', 'mentions', 'terms', 'statements', 'statement_subjects', 'market_events'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION wsw_bump_version()', name || '_version', name);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE FUNCTION wsw_count_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE row_counts SET n = n + CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END WHERE table_name = 'statements';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statements_row_count AFTER INSERT OR DELETE ON statements FOR EACH ROW EXECUTE FUNCTION wsw_count_statements();
--> statement-breakpoint
-- Entity counters: statements count for their speaker (none when unresolved), subjects and mentions for
-- their entity. One function for the three, so they cannot drift apart: the counter that moves is the
-- firing table's.
CREATE FUNCTION wsw_count_for_entity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was text;
  now text;
BEGIN
  -- Separate statements, not one CASE: PL/pgSQL resolves every field an expression names, and only
  -- statements have a speaker_id.
  IF TG_TABLE_NAME = 'statements' THEN
    IF TG_OP <> 'INSERT' THEN was := OLD.speaker_id; END IF;
    IF TG_OP <> 'DELETE' THEN now := NEW.speaker_id; END IF;
  ELSE
    IF TG_OP <> 'INSERT' THEN was := OLD.entity_id; END IF;
    IF TG_OP <> 'DELETE' THEN now := NEW.entity_id; END IF;
  END IF;
  IF was IS NOT DISTINCT FROM now THEN
    RETURN NULL;
  END IF;
  UPDATE entities SET
    statement_count = statement_count + CASE WHEN TG_TABLE_NAME = 'statements' THEN (id IS NOT DISTINCT FROM now)::int - (id IS NOT DISTINCT FROM was)::int ELSE 0 END,
    subject_count = subject_count + CASE WHEN TG_TABLE_NAME = 'statement_subjects' THEN (id IS NOT DISTINCT FROM now)::int - (id IS NOT DISTINCT FROM was)::int ELSE 0 END,
    mention_count = mention_count + CASE WHEN TG_TABLE_NAME = 'mentions' THEN (id IS NOT DISTINCT FROM now)::int - (id IS NOT DISTINCT FROM was)::int ELSE 0 END
  WHERE id IN (was, now);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statements_count AFTER INSERT OR DELETE OR UPDATE OF speaker_id ON statements FOR EACH ROW EXECUTE FUNCTION wsw_count_for_entity();
--> statement-breakpoint
CREATE TRIGGER statement_subjects_count AFTER INSERT OR DELETE OR UPDATE OF entity_id ON statement_subjects FOR EACH ROW EXECUTE FUNCTION wsw_count_for_entity();
--> statement-breakpoint
CREATE TRIGGER mentions_count AFTER INSERT OR DELETE OR UPDATE OF entity_id ON mentions FOR EACH ROW EXECUTE FUNCTION wsw_count_for_entity();
--> statement-breakpoint
-- A statement takes its article's date as it is written (SQLite corrects it just after); subjects follow
-- their statement through their cascading foreign key.
CREATE FUNCTION wsw_statement_article_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.article_date := coalesce((SELECT coalesce(published_date, '') FROM articles WHERE id = NEW.article_id), NEW.article_date);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER statements_article_date BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION wsw_statement_article_date();
--> statement-breakpoint
CREATE FUNCTION wsw_article_date_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE statements SET article_date = coalesce(NEW.published_date, '') WHERE article_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_date AFTER UPDATE OF published_date ON articles FOR EACH ROW
WHEN (OLD.published_date IS DISTINCT FROM NEW.published_date) EXECUTE FUNCTION wsw_article_date_changed();
