-- 0001: sources, items, their appearances, exact duplicates and poll runs.
-- Append-only: never edit once merged; add 0002_... instead.

-- `url` is the address polled (moved by permanent redirects); `config_url` is the one written in the config, so a
-- redirect is kept across restarts while an operator's edit of the url still wins. Not UNIQUE: a source removed
-- from the config keeps its row (and items), and a new source may take its url.
CREATE TABLE sources (
  id                 TEXT PRIMARY KEY,
  url                TEXT NOT NULL,
  config_url         TEXT NOT NULL,
  title              TEXT NOT NULL,
  role               TEXT NOT NULL DEFAULT 'unknown' CHECK (role IN ('original', 'copier', 'unknown')),
  enabled            INTEGER NOT NULL DEFAULT 1,
  interval_minutes   INTEGER,
  language           TEXT,
  etag               TEXT,
  last_modified      TEXT,
  ttl_minutes        INTEGER,
  max_age_seconds    INTEGER,
  consecutive_errors INTEGER NOT NULL DEFAULT 0,
  consecutive_404s   INTEGER NOT NULL DEFAULT 0,
  last_error_code    TEXT,
  last_error_message TEXT,
  last_error_at      INTEGER,
  last_success_at    INTEGER,
  last_polled_at     INTEGER,
  next_due_at        INTEGER,
  retry_after_until  INTEGER,
  disabled_reason    TEXT,
  removed_at         INTEGER,
  created_at         INTEGER NOT NULL
);
CREATE INDEX sources_url ON sources(url);

-- One row per (source, item): identity is the parser's deterministic hash, unique within its source, so an
-- item never vanishes from one source because another carried it too, and a guid reused by another feed
-- hides nothing. The same article in two sources is two rows linked in exact_duplicates.
CREATE TABLE items (
  id             INTEGER PRIMARY KEY,
  source_id      TEXT NOT NULL REFERENCES sources(id),
  identity       TEXT NOT NULL,
  guid           TEXT,
  link           TEXT,
  title          TEXT NOT NULL,
  author         TEXT,
  published_at   INTEGER,
  updated_at     INTEGER,
  first_seen_at  INTEGER NOT NULL,
  last_seen_at   INTEGER NOT NULL,
  summary        TEXT,
  content_html   TEXT,
  text           TEXT NOT NULL,
  text_hash      TEXT NOT NULL,
  language       TEXT,
  categories     TEXT NOT NULL DEFAULT '[]',
  UNIQUE (source_id, identity)
);
CREATE INDEX items_link ON items(link);
CREATE INDEX items_text_hash ON items(text_hash);
CREATE INDEX items_first_seen ON items(first_seen_at);

-- Exact duplicates across sources: the later item points at the earlier one.
CREATE TABLE exact_duplicates (
  item_id     INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  original_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  reason      TEXT NOT NULL CHECK (reason IN ('same-link', 'same-text')),
  created_at  INTEGER NOT NULL
);
CREATE INDEX exact_duplicates_original ON exact_duplicates(original_id);

CREATE TABLE poll_runs (
  id          INTEGER PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources(id),
  started_at  INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('new', 'unchanged', 'failed')),
  status      INTEGER,
  error_code  TEXT,
  error_message TEXT,
  items_seen  INTEGER NOT NULL DEFAULT 0,
  items_new   INTEGER NOT NULL DEFAULT 0,
  items_off_topic INTEGER NOT NULL DEFAULT 0,
  bytes       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX poll_runs_source ON poll_runs(source_id, started_at);
