-- Full-text search (FTS5, accent- and case-blind) over statements, entities and articles, and the
-- derived columns the API sorts and caches by, all kept in step by triggers so every writer stays consistent.
INSERT INTO kb_version (id, version) VALUES (1, 0);
--> statement-breakpoint
INSERT INTO row_counts (table_name, n) VALUES ('statements', 0);
--> statement-breakpoint
CREATE TRIGGER statements_row_count_insert AFTER INSERT ON statements BEGIN
  UPDATE row_counts SET n = n + 1 WHERE table_name = 'statements';
END;
--> statement-breakpoint
CREATE TRIGGER statements_row_count_delete AFTER DELETE ON statements BEGIN
  UPDATE row_counts SET n = n - 1 WHERE table_name = 'statements';
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE statements_fts USING fts5(text, content = 'statements', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, text) VALUES (new.seq, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO statements_fts (rowid, text) VALUES (new.seq, new.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE articles_fts USING fts5(title, standfirst, body, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, standfirst, body) VALUES (new.seq, new.title, new.standfirst, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, body) VALUES ('delete', old.seq, old.title, old.standfirst, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, standfirst, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, body) VALUES ('delete', old.seq, old.title, old.standfirst, old.body);
  INSERT INTO articles_fts (rowid, title, standfirst, body) VALUES (new.seq, new.title, new.standfirst, new.body);
END;
--> statement-breakpoint
-- Entities are searched by name and every alias; the FTS row holds its own copy of both.
CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entities_fts (rowid, name, aliases) VALUES (new.seq, new.name, '');
END;
--> statement-breakpoint
CREATE TRIGGER entities_fts_update AFTER UPDATE OF name ON entities BEGIN
  UPDATE entities_fts SET name = new.name WHERE rowid = new.seq;
END;
--> statement-breakpoint
CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
  DELETE FROM entities_fts WHERE rowid = old.seq;
END;
--> statement-breakpoint
CREATE TRIGGER entity_aliases_fts_insert AFTER INSERT ON entity_aliases BEGIN
  UPDATE entities_fts SET aliases = coalesce((SELECT group_concat(alias, ' | ') FROM entity_aliases WHERE entity_id = new.entity_id), '')
  WHERE rowid = (SELECT seq FROM entities WHERE id = new.entity_id);
END;
--> statement-breakpoint
CREATE TRIGGER entity_aliases_fts_delete AFTER DELETE ON entity_aliases BEGIN
  UPDATE entities_fts SET aliases = coalesce((SELECT group_concat(alias, ' | ') FROM entity_aliases WHERE entity_id = old.entity_id), '')
  WHERE rowid = (SELECT seq FROM entities WHERE id = old.entity_id);
END;
--> statement-breakpoint
-- Entity counters.
CREATE TRIGGER statements_count_insert AFTER INSERT ON statements BEGIN
  UPDATE entities SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements BEGIN
  UPDATE entities SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER statements_count_update AFTER UPDATE OF speaker_id ON statements BEGIN
  UPDATE entities SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
  UPDATE entities SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
END;
--> statement-breakpoint
CREATE TRIGGER statement_subjects_count_insert AFTER INSERT ON statement_subjects BEGIN
  UPDATE entities SET subject_count = subject_count + 1 WHERE id = new.entity_id;
END;
--> statement-breakpoint
CREATE TRIGGER statement_subjects_count_delete AFTER DELETE ON statement_subjects BEGIN
  UPDATE entities SET subject_count = subject_count - 1 WHERE id = old.entity_id;
END;
--> statement-breakpoint
CREATE TRIGGER statement_subjects_count_update AFTER UPDATE OF entity_id ON statement_subjects BEGIN
  UPDATE entities SET subject_count = subject_count - 1 WHERE id = old.entity_id;
  UPDATE entities SET subject_count = subject_count + 1 WHERE id = new.entity_id;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
  UPDATE entities SET mention_count = mention_count + 1 WHERE id = new.entity_id;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
  UPDATE entities SET mention_count = mention_count - 1 WHERE id = old.entity_id;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_count_update AFTER UPDATE OF entity_id ON mentions BEGIN
  UPDATE entities SET mention_count = mention_count - 1 WHERE id = old.entity_id;
  UPDATE entities SET mention_count = mention_count + 1 WHERE id = new.entity_id;
END;
--> statement-breakpoint
-- Statements carry their article's date for sorting: correct it on insert, follow the article on
-- change (statement_subjects follow the statement through their cascading foreign key).
CREATE TRIGGER statements_article_date_insert AFTER INSERT ON statements
WHEN new.article_date IS NOT (SELECT coalesce(published_date, '') FROM articles WHERE id = new.article_id) BEGIN
  UPDATE statements SET article_date = (SELECT coalesce(published_date, '') FROM articles WHERE id = new.article_id) WHERE seq = new.seq;
END;
--> statement-breakpoint
CREATE TRIGGER articles_date_update AFTER UPDATE OF published_date ON articles BEGIN
  UPDATE statements SET article_date = coalesce(new.published_date, '') WHERE article_id = new.id;
END;
--> statement-breakpoint
-- Every write to the knowledge base bumps the content version (the ETag of every GET).
CREATE TRIGGER articles_version_insert AFTER INSERT ON articles BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER articles_version_update AFTER UPDATE ON articles BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER articles_version_delete AFTER DELETE ON articles BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER entities_version_insert AFTER INSERT ON entities BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER entities_version_update AFTER UPDATE ON entities BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER entities_version_delete AFTER DELETE ON entities BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_aliases_version_insert AFTER INSERT ON entity_aliases BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_aliases_version_update AFTER UPDATE ON entity_aliases BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_aliases_version_delete AFTER DELETE ON entity_aliases BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER affiliations_version_insert AFTER INSERT ON affiliations BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER affiliations_version_update AFTER UPDATE ON affiliations BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER affiliations_version_delete AFTER DELETE ON affiliations BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_version_insert AFTER INSERT ON mentions BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_version_update AFTER UPDATE ON mentions BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER mentions_version_delete AFTER DELETE ON mentions BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER terms_version_insert AFTER INSERT ON terms BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER terms_version_update AFTER UPDATE ON terms BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER terms_version_delete AFTER DELETE ON terms BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statements_version_insert AFTER INSERT ON statements BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statements_version_update AFTER UPDATE ON statements BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statements_version_delete AFTER DELETE ON statements BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statement_subjects_version_insert AFTER INSERT ON statement_subjects BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statement_subjects_version_update AFTER UPDATE ON statement_subjects BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER statement_subjects_version_delete AFTER DELETE ON statement_subjects BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER market_events_version_insert AFTER INSERT ON market_events BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER market_events_version_update AFTER UPDATE ON market_events BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER market_events_version_delete AFTER DELETE ON market_events BEGIN
  UPDATE kb_version SET version = version + 1 WHERE id = 1;
END;
