"""The schema of the store, as an ordered list of migrations.

``PRAGMA user_version`` holds how many of them a database file has applied;
opening a file applies the rest in one exclusive transaction. A migration is never
edited once released: a change of schema is a new entry at the end.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from incadea_desk.store._transaction import transaction
from incadea_desk.store.errors import StoreError, sentence_for

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE import_journal (
        dms_number      TEXT PRIMARY KEY,
        wo_number       TEXT NOT NULL,
        claire_id       TEXT,
        content_hash    TEXT NOT NULL,
        dms_last_modified TEXT,
        imported_at     TEXT NOT NULL
    );
    CREATE INDEX import_journal_wo ON import_journal (wo_number);
    CREATE INDEX import_journal_imported_at ON import_journal (imported_at);

    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        kind            TEXT NOT NULL,
        key             TEXT NOT NULL,
        payload         TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'held')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        revision        INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        last_error_code TEXT
    );
    CREATE UNIQUE INDEX outbox_one_per_key ON outbox (kind, key);

    CREATE TABLE sync_watermark (
        name            TEXT PRIMARY KEY,
        watermark       TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );

    CREATE TABLE audit_trail (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        at              TEXT NOT NULL,
        actor           TEXT NOT NULL,
        action          TEXT NOT NULL,
        dms_number      TEXT,
        wo_number       TEXT,
        outcome         TEXT NOT NULL,
        detail          TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_trail_at ON audit_trail (at);
    """,
    # A search's hit count is a number of its own, not part of the outcome text.
    """
    ALTER TABLE audit_trail ADD COLUMN hits INTEGER;
    UPDATE audit_trail
        SET hits = CAST(substr(outcome, 1, instr(outcome, ' ') - 1) AS INTEGER),
            outcome = 'found'
        WHERE action = 'search' AND outcome LIKE '% hits';
    """,
    # Rows keep-importing could not import: identifiers, field names and reasons only.
    """
    CREATE TABLE quarantine (
        dms_number      TEXT PRIMARY KEY,
        wo_number       TEXT,
        entity_id       TEXT,
        stage           TEXT NOT NULL CHECK (stage IN ('dms', 'claire')),
        field           TEXT,
        reason_code     TEXT NOT NULL,
        reason          TEXT NOT NULL,
        dms_last_modified TEXT,
        first_seen      TEXT NOT NULL,
        last_seen       TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 1,
        next_attempt_at TEXT NOT NULL
    );
    CREATE INDEX quarantine_entity ON quarantine (entity_id);
    """,
    # Workorders are known by the DMS's own id, so a renumbered one keeps its
    # appointment; the state tells the reconciliation walk which ones are still open.
    """
    ALTER TABLE import_journal ADD COLUMN entity_id TEXT;
    ALTER TABLE import_journal ADD COLUMN state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'finished', 'canceled'));
    CREATE INDEX import_journal_entity ON import_journal (entity_id);
    CREATE INDEX import_journal_state ON import_journal (state);
    """,
    # The slices of a parallel first sync (or long catch-up), so an interrupted one
    # resumes each slice where it was and walks no finished slice again.
    """
    CREATE TABLE sync_slices (
        name            TEXT NOT NULL,
        ordinal         INTEGER NOT NULL,
        start           TEXT NOT NULL,
        until           TEXT,
        reached         TEXT,
        done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        PRIMARY KEY (name, ordinal)
    );
    """,
    # What the detail pane shows of each imported workorder (copy_codec: no party, no
    # note text), compressed, so the window paints it before the DMS answers.
    """
    CREATE TABLE workorder_copies (
        dms_number      TEXT PRIMARY KEY,
        wo_number       TEXT NOT NULL,
        plate           TEXT,
        read_at         TEXT NOT NULL,
        body            BLOB NOT NULL
    );
    CREATE INDEX workorder_copies_wo ON workorder_copies (wo_number);
    CREATE INDEX workorder_copies_plate ON workorder_copies (plate);
    CREATE INDEX workorder_copies_read_at ON workorder_copies (read_at);
    """,
    # The rows keep-importing keeps are the rows of one site: a site importer serves
    # several Claire locations (sites.toml), each with its own journal, watermark,
    # quarantine and slice plan. The rows there were become those of the implicit site "",
    # the one a workstation and a single-location importer keep.
    """
    CREATE TABLE import_journal_by_site (
        site            TEXT NOT NULL DEFAULT '',
        dms_number      TEXT NOT NULL,
        wo_number       TEXT NOT NULL,
        claire_id       TEXT,
        content_hash    TEXT NOT NULL,
        dms_last_modified TEXT,
        imported_at     TEXT NOT NULL,
        entity_id       TEXT,
        state           TEXT NOT NULL DEFAULT 'open'
                        CHECK (state IN ('open', 'finished', 'canceled')),
        PRIMARY KEY (site, dms_number)
    );
    INSERT INTO import_journal_by_site (site, dms_number, wo_number, claire_id, content_hash,
        dms_last_modified, imported_at, entity_id, state)
        SELECT '', dms_number, wo_number, claire_id, content_hash, dms_last_modified,
            imported_at, entity_id, state FROM import_journal;
    DROP TABLE import_journal;
    ALTER TABLE import_journal_by_site RENAME TO import_journal;
    CREATE INDEX import_journal_wo ON import_journal (site, wo_number);
    CREATE INDEX import_journal_imported_at ON import_journal (imported_at);
    CREATE INDEX import_journal_entity ON import_journal (site, entity_id);
    CREATE INDEX import_journal_state ON import_journal (site, state);

    CREATE TABLE quarantine_by_site (
        site            TEXT NOT NULL DEFAULT '',
        dms_number      TEXT NOT NULL,
        wo_number       TEXT,
        entity_id       TEXT,
        stage           TEXT NOT NULL CHECK (stage IN ('dms', 'claire')),
        field           TEXT,
        reason_code     TEXT NOT NULL,
        reason          TEXT NOT NULL,
        dms_last_modified TEXT,
        first_seen      TEXT NOT NULL,
        last_seen       TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 1,
        next_attempt_at TEXT NOT NULL,
        PRIMARY KEY (site, dms_number)
    );
    INSERT INTO quarantine_by_site (site, dms_number, wo_number, entity_id, stage, field,
        reason_code, reason, dms_last_modified, first_seen, last_seen, attempts,
        next_attempt_at)
        SELECT '', dms_number, wo_number, entity_id, stage, field, reason_code, reason,
            dms_last_modified, first_seen, last_seen, attempts, next_attempt_at
        FROM quarantine;
    DROP TABLE quarantine;
    ALTER TABLE quarantine_by_site RENAME TO quarantine;
    CREATE INDEX quarantine_entity ON quarantine (site, entity_id);

    CREATE TABLE sync_watermark_by_site (
        site            TEXT NOT NULL DEFAULT '',
        name            TEXT NOT NULL,
        watermark       TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        PRIMARY KEY (site, name)
    );
    INSERT INTO sync_watermark_by_site (site, name, watermark, updated_at)
        SELECT '', name, watermark, updated_at FROM sync_watermark;
    DROP TABLE sync_watermark;
    ALTER TABLE sync_watermark_by_site RENAME TO sync_watermark;

    CREATE TABLE sync_slices_by_site (
        site            TEXT NOT NULL DEFAULT '',
        name            TEXT NOT NULL,
        ordinal         INTEGER NOT NULL,
        start           TEXT NOT NULL,
        until           TEXT,
        reached         TEXT,
        done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        PRIMARY KEY (site, name, ordinal)
    );
    INSERT INTO sync_slices_by_site (site, name, ordinal, start, until, reached, done)
        SELECT '', name, ordinal, start, until, reached, done FROM sync_slices;
    DROP TABLE sync_slices;
    ALTER TABLE sync_slices_by_site RENAME TO sync_slices;
    """,
)


def migrate(connection: sqlite3.Connection, folder: Path) -> int:
    """Bring the schema up to date; return the version the file now has.

    The version is read inside the exclusive transaction that applies the
    migrations, so processes that open a new file at the same moment apply
    each migration once: the others wait (busy timeout) and then find it done.
    """
    if _version(connection) == len(MIGRATIONS):
        return len(MIGRATIONS)
    with transaction(connection, "EXCLUSIVE"):
        current = _version(connection)
        if current > len(MIGRATIONS):
            raise StoreError("newer", sentence_for("newer", folder, schema=current))
        for version in range(current, len(MIGRATIONS)):
            for statement in _statements(MIGRATIONS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
    return len(MIGRATIONS)


def _version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
