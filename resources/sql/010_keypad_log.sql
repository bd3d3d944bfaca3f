-- Punchclock schema 10: the terminals' administrator logs (GET_SLOG_DATA, protocol.md §8.3).

-- What managers did at a terminal's keypad (enrolments, deletions, settings), one row per record
-- the terminal keeps. A record downloaded again (overlapping ranges) is stored once: the key is
-- the record's own bytes, and `occurrence` tells apart identical records of one download (the
-- same action twice in one minute), so that both are kept and neither comes back a third time.
-- Records of a layout Punchclock cannot read keep their bytes, with kind and time NULL.
CREATE TABLE keypad_log (
    id ${AUTO_ID},
    dev_id TEXT NOT NULL REFERENCES terminals (dev_id) ON DELETE CASCADE,
    logged_at TEXT,
    kind INTEGER,
    manager_id TEXT NOT NULL DEFAULT '',
    user_id TEXT NOT NULL DEFAULT '',
    manager_verify INTEGER,
    target_backup INTEGER,
    record ${BLOB} NOT NULL,
    occurrence INTEGER NOT NULL DEFAULT 1,
    job_id BIGINT,
    received_at TEXT NOT NULL,
    UNIQUE (dev_id, record, occurrence)
);

-- The Keypad activity view reads one terminal's records by date.
CREATE INDEX keypad_log_time ON keypad_log (dev_id, logged_at);
