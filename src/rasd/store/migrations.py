"""Schema migrations, applied in order; ``PRAGMA user_version`` is the schema version.

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, annotations, event mentions, merged events, their sources, entities
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT, outlet TEXT, title TEXT,
        published TEXT, published_precision TEXT,
        language TEXT, source_path TEXT, author TEXT,
        raw TEXT NOT NULL,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE annotations (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        label TEXT NOT NULL, stage TEXT NOT NULL, rule TEXT NOT NULL,
        value TEXT, score REAL
    );
    CREATE INDEX annotations_doc ON annotations(doc_id, start);
    CREATE INDEX annotations_label ON annotations(label);
    CREATE TABLE removed_blocks (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        reason TEXT NOT NULL, rule TEXT NOT NULL, text TEXT NOT NULL
    );
    CREATE TABLE event_mentions (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        plover TEXT NOT NULL, event_type TEXT, sub_event_type TEXT,
        event_date TEXT, time_precision INTEGER,
        location_id TEXT, actor1_id TEXT, actor2_id TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        plover TEXT NOT NULL, event_type TEXT, sub_event_type TEXT,
        event_date TEXT, time_precision INTEGER,
        location_id TEXT, location_name TEXT, admin1 TEXT,
        actor1_id TEXT, actor2_id TEXT, actor1_name TEXT, actor2_name TEXT,
        grade TEXT, source_count INTEGER, fatalities INTEGER,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE TABLE event_sources (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        mention_id TEXT NOT NULL UNIQUE REFERENCES event_mentions(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
    CREATE INDEX event_sources_event ON event_sources(event_id);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT, name_ar TEXT,
        data TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 2: across documents — MinHash signatures and LSH buckets, relations between documents
    # (copy, near-copy), stories and their members, document frequencies of lead terms
    """
    CREATE TABLE doc_signatures (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        sig BLOB NOT NULL,
        terms TEXT,
        PRIMARY KEY (doc_id, kind)
    );
    CREATE TABLE lsh_buckets (
        kind TEXT NOT NULL, band INTEGER NOT NULL, bucket INTEGER NOT NULL,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
    CREATE INDEX lsh_buckets_key ON lsh_buckets(kind, bucket);
    CREATE INDEX lsh_buckets_doc ON lsh_buckets(doc_id);
    CREATE TABLE doc_relations (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        other_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        score REAL,
        PRIMARY KEY (doc_id, other_id, relation)
    );
    CREATE INDEX doc_relations_other ON doc_relations(other_id);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        first_doc_id TEXT NOT NULL,
        title TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE story_members (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        via TEXT NOT NULL,
        score REAL
    );
    CREATE INDEX story_members_story ON story_members(story_id);
    CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
    CREATE TABLE event_first_mention (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        mention_id TEXT NOT NULL
    );
    CREATE INDEX events_plover_date ON events(plover, event_date);
    CREATE INDEX event_mentions_date ON event_mentions(event_date);
    CREATE INDEX event_mentions_location ON event_mentions(location_id)
    """,
    # 3: stories look up the documents reporting something at one place on one day
    """
    CREATE INDEX event_mentions_day_place ON event_mentions(event_date, location_id, doc_id)
    """,
    # 4: no query reads annotations by label alone (a document's spans are read by doc_id),
    # and the index cost an eighth of writing each annotation row
    """
    DROP INDEX IF EXISTS annotations_label
    """,
    # 5: a document's spans in one row — a JSON array of [start, end, label, stage, rule, value,
    # score] — instead of one row per span (~240 rows and index entries per document were
    # most of the cost of storing one); ``annotations`` stays as a view with the same columns
    # (``value`` is JSON text, as before). lsh_buckets(doc_id) was only there for deletes.
    """
    CREATE TABLE document_spans (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        spans TEXT NOT NULL
    );
    INSERT INTO document_spans (doc_id, spans)
        SELECT doc_id, json_group_array(json_array(start, "end", label, stage, rule, json(value), score))
        FROM (SELECT * FROM annotations ORDER BY doc_id, rowid) GROUP BY doc_id;
    DROP TABLE annotations;
    CREATE VIEW annotations (doc_id, start, "end", label, stage, rule, value, score) AS
        SELECT s.doc_id, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
               json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'),
               json_extract(j.value, '$[4]'),
               CASE json_type(j.value, '$[5]')
                   WHEN 'null' THEN NULL
                   WHEN 'object' THEN json_extract(j.value, '$[5]')
                   WHEN 'array' THEN json_extract(j.value, '$[5]')
                   WHEN 'true' THEN 'true'
                   WHEN 'false' THEN 'false'
                   ELSE json_quote(json_extract(j.value, '$[5]')) END,
               json_extract(j.value, '$[6]')
        FROM document_spans s, json_each(s.spans) j;
    DROP INDEX IF EXISTS lsh_buckets_doc
    """,
    # 6: each document's number of spans, so counting annotations does not parse every array
    """
    ALTER TABLE document_spans ADD COLUMN span_count INTEGER NOT NULL DEFAULT 0;
    UPDATE document_spans SET span_count = json_array_length(spans)
    """,
)
