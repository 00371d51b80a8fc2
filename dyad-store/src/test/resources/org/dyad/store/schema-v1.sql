-- A store as Dyad wrote it before schema 2 (commit 47e6702): events_t without the place columns.
CREATE TABLE IF NOT EXISTS store_info_t (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents_t (
  id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, hash VARCHAR NOT NULL, date DATE NOT NULL,
  title VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR, text VARCHAR NOT NULL,
  words INTEGER, sentences INTEGER, parsed_sentences INTEGER, event_mentions INTEGER,
  cluster VARCHAR NOT NULL, shared_bands INTEGER);
CREATE TABLE IF NOT EXISTS bands_t (band SMALLINT NOT NULL, key BIGINT NOT NULL, doc VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS events_t (
  id BIGINT PRIMARY KEY, key VARCHAR NOT NULL UNIQUE, cluster VARCHAR NOT NULL,
  date DATE, date_basis VARCHAR, date_precision VARCHAR,
  source VARCHAR, source_text VARCHAR, target VARCHAR, target_text VARCHAR,
  cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, plover_type VARCHAR, plover_mode VARCHAR,
  modality VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
  doc VARCHAR NOT NULL, sentence INTEGER, text VARCHAR, span_begin INTEGER, span_end INTEGER);
CREATE TABLE IF NOT EXISTS mentions_t (
  event_id BIGINT NOT NULL, doc VARCHAR NOT NULL, sentence INTEGER, text VARCHAR,
  span_begin INTEGER, span_end INTEGER, source_text VARCHAR, target_text VARCHAR);
CREATE TABLE IF NOT EXISTS names_t (doc VARCHAR NOT NULL, sentence INTEGER, name VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS failures_t (
  origin VARCHAR NOT NULL, doc VARCHAR, message VARCHAR NOT NULL, PRIMARY KEY (origin, message));
CREATE OR REPLACE VIEW documents AS
  SELECT id, seq, date, title, url, source, origin, hash, cluster, shared_bands, words, sentences,
         parsed_sentences, event_mentions, text
  FROM documents_t;
CREATE OR REPLACE VIEW mentions AS
  SELECT m.event_id, m.doc, m.sentence, m.text, m.span_begin, m.span_end, m.source_text, m.target_text,
         d.date AS doc_date, d.url, d.source AS publisher
  FROM mentions_t m JOIN documents_t d ON d.id = m.doc;
CREATE OR REPLACE VIEW events AS
  WITH counts AS (
    SELECT m.event_id, count(*) AS num_mentions, count(DISTINCT m.doc) AS num_articles,
           count(DISTINCT coalesce(d.source, regexp_extract(d.url, '^[A-Za-z]+://([^/]+)', 1), d.id)) AS num_sources
    FROM mentions_t m JOIN documents_t d ON d.id = m.doc GROUP BY m.event_id)
  SELECT e.id, e.date, e.date_basis, e.date_precision, e.source, e.source_text, e.target, e.target_text,
         e.cameo, substr(e.cameo, 1, 2) AS root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
         e.modality, e.location_name, e.location_country, e.lat, e.lon,
         coalesce(c.num_mentions, 0) AS num_mentions, coalesce(c.num_articles, 0) AS num_articles,
         coalesce(c.num_sources, 0) AS num_sources, e.cluster,
         e.doc, e.sentence, e.text, e.span_begin, e.span_end, d.date AS doc_date, d.url, d.source AS publisher
  FROM events_t e JOIN documents_t d ON d.id = e.doc LEFT JOIN counts c ON c.event_id = e.id;
CREATE OR REPLACE VIEW names AS
  SELECT n.name, count(*) AS mentions, count(DISTINCT n.doc) AS documents
  FROM names_t n GROUP BY n.name;
CREATE OR REPLACE VIEW failures AS SELECT origin, doc, message FROM failures_t;
INSERT INTO store_info_t VALUES ('schema_version', '1');
