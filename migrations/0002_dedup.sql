-- 0002: copy detection. Signatures are postings in day segments (candidate lookups are indexed seeks inside
-- the time window; old segments are dropped whole), learned boilerplate, rare-word counts, verified edges with
-- their evidence, clusters (every item is in exactly one, singletons included) and copy events.
-- Append-only: never edit once merged; add 0003_... instead.

-- The parameters the stored signatures were built with (one row); a mismatch asks for `feedfold dedup rebuild`.
CREATE TABLE dedup_params (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  params     TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

-- One row per item that went through detection: what the report and later verifications need.
CREATE TABLE dedup_items (
  item_id       INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  source_id     TEXT NOT NULL,
  first_seen_at INTEGER NOT NULL,
  seg           INTEGER NOT NULL,
  core_hash     INTEGER NOT NULL,
  tokens        INTEGER NOT NULL,
  -- One-permutation MinHash of the unquoted content words (uint32 little-endian): gates rewrite candidates.
  word_sketch   BLOB,
  -- JSON [{from, to, why}]: boilerplate spans (offsets index items.text).
  boilerplate   TEXT NOT NULL DEFAULT '[]',
  -- JSON [{name, kind, from, to}]: agency credits, credit lines and bylines.
  credits       TEXT NOT NULL DEFAULT '[]',
  processed_at  INTEGER NOT NULL
);

-- Posting lists: key = kind and sub-key in the high bits, a 32-bit hash below (core hash, LSH band, skeleton
-- band, winnowed fingerprint, paragraph). `seg` = day of first_seen, leading the key so inserts stay local.
CREATE TABLE dedup_postings (
  seg     INTEGER NOT NULL,
  key     INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  pos     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (seg, key, item_id)
) WITHOUT ROWID;

-- Per segment: a version bumped by every writer (other processes' in-memory filters notice) and its key count.
CREATE TABLE dedup_segments (
  seg     INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 0,
  keys    INTEGER NOT NULL DEFAULT 0
);

-- Learned boilerplate paragraphs: per source, or '*' for paragraphs repeated across many sources.
CREATE TABLE dedup_boilerplate (
  para_hash  INTEGER NOT NULL,
  source_id  TEXT NOT NULL,
  items      INTEGER NOT NULL,
  learned_at INTEGER NOT NULL,
  PRIMARY KEY (para_hash, source_id)
) WITHOUT ROWID;

-- Document frequency of content words (sampled once the store is large), for rare-word weights.
CREATE TABLE dedup_df (
  word INTEGER PRIMARY KEY,
  n    REAL NOT NULL
);

CREATE TABLE dedup_meta (
  name  TEXT PRIMARY KEY,
  value REAL NOT NULL
);

-- Verified relations: `a` is the earlier/original side. Scores and passages are JSON (offsets index items.text).
CREATE TABLE dedup_edges (
  a          INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  b          INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('exact', 'verbatim', 'boilerplate', 'edited', 'rewrite', 'related')),
  score      REAL NOT NULL,
  scores     TEXT NOT NULL,
  passages   TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX dedup_edges_b ON dedup_edges(b);

-- Clusters: `id` is stable (derived from the founding item's source and identity); `seq` is internal.
CREATE TABLE clusters (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  original_item_id INTEGER NOT NULL,
  reason           TEXT NOT NULL CHECK (reason IN ('attribution', 'earliest-published', 'role-original', 'containment', 'first-seen', 'lowest-id')),
  size             INTEGER NOT NULL,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX clusters_updated ON clusters(updated_at);
CREATE INDEX clusters_multi ON clusters(updated_at) WHERE size >= 2;

CREATE TABLE cluster_members (
  item_id     INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  cluster_seq INTEGER NOT NULL,
  kind        TEXT CHECK (kind IN ('exact', 'verbatim', 'boilerplate', 'edited', 'rewrite')),
  is_original INTEGER NOT NULL,
  lag_seconds INTEGER NOT NULL,
  score       REAL NOT NULL,
  credits     INTEGER NOT NULL,
  joined_at   INTEGER NOT NULL
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_seq);

-- One event per copy that joined a cluster (the copy digest feed); `id` is stable across rebuilds. A log: no
-- foreign keys, readers skip events whose items are gone.
CREATE TABLE copy_events (
  id               TEXT PRIMARY KEY,
  cluster_id       TEXT NOT NULL,
  copy_item_id     INTEGER NOT NULL,
  original_item_id INTEGER NOT NULL,
  kind             TEXT NOT NULL,
  lag_seconds      INTEGER NOT NULL,
  found_at         INTEGER NOT NULL
);
CREATE INDEX copy_events_found ON copy_events(found_at);
