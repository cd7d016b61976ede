"""The tables of the store of record (`pipeline.store`): raw pages, announcement records with
their sequence numbers, tombstones, run health and the event groups, as SQL the store runs
on opening a file; and the columns added since the first release, for older files.
"""
from __future__ import annotations

__all__ = ["ADDED_COLUMNS", "SCHEMA"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,              -- canonical URL
    id TEXT NOT NULL UNIQUE,           -- record id the page would get
    source_id TEXT NOT NULL,
    source_type TEXT NOT NULL DEFAULT 'other',
    region_teryt TEXT,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL DEFAULT '{}',  -- JSON object of response headers
    body BLOB,                           -- zlib-compressed response body as fetched
    encoding TEXT,
    body_hash TEXT,                      -- SHA-256 of the raw body
    etag TEXT,
    last_modified TEXT,
    title TEXT,
    text TEXT,
    published TEXT,
    attachments TEXT NOT NULL DEFAULT '[]',
    relevance REAL,
    relevance_reasons TEXT NOT NULL DEFAULT '[]',
    is_announcement INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX IF NOT EXISTS pages_source ON pages(source_id);
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    source_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    doc TEXT NOT NULL                   -- the whole record as JSON (pipeline/announcement.schema.json)
);
CREATE INDEX IF NOT EXISTS records_seq ON records(seq);
CREATE TABLE IF NOT EXISTS deletions (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    requests INTEGER NOT NULL DEFAULT 0,
    status_2xx INTEGER NOT NULL DEFAULT 0,
    status_3xx INTEGER NOT NULL DEFAULT 0,
    status_4xx INTEGER NOT NULL DEFAULT 0,
    status_5xx INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    announcements INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    duration REAL NOT NULL DEFAULT 0,
    failed_pages INTEGER NOT NULL DEFAULT 0,   -- pages a stage (parser, extractor, ...) failed on
    PRIMARY KEY (run_id, source_id)
);
CREATE TABLE IF NOT EXISTS events (            -- one real-world meeting (pipeline/events/)
    id TEXT PRIMARY KEY,                       -- <founding record id>-<its event index>
    status TEXT NOT NULL,                      -- announced | held | postponed | cancelled
    first_day TEXT,
    last_day TEXT,
    teryt TEXT,
    event_type TEXT NOT NULL DEFAULT 'inne',
    members INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    doc TEXT NOT NULL                          -- canonical fields with evidence, members and roles, history
);
CREATE INDEX IF NOT EXISTS events_first_day ON events(first_day);
CREATE TABLE IF NOT EXISTS event_members (     -- which event each dated event of a record belongs to
    record_id TEXT NOT NULL,
    mention INTEGER NOT NULL,                  -- index into the record's events (0 when it has none)
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,                        -- announcement | repost | report | cancellation | postponement
    source_id TEXT NOT NULL,
    first INTEGER,                             -- proleptic ordinal of its first day
    last INTEGER,
    matched_with TEXT,                         -- "<record id>-<event index>" of the member it matched
    decision TEXT,                             -- JSON: score, fields that agreed and conflicted
    features TEXT NOT NULL,                    -- JSON: the mention matching compares (pipeline/events/mentions.py)
    PRIMARY KEY (record_id, mention)
);
CREATE INDEX IF NOT EXISTS event_members_event ON event_members(event_id);
CREATE INDEX IF NOT EXISTS event_members_first ON event_members(first);
"""
# Columns added since the first release, for store files made before them: (table, column, type).
ADDED_COLUMNS = (("runs", "failed_pages", "INTEGER NOT NULL DEFAULT 0"),)
