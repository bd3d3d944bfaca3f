-- Punchclock schema 1. Placeholders ${AUTO_ID} and ${BLOB} are replaced per SQL driver
-- (see migrator.cpp) so that the same file serves SQLite and PostgreSQL.
-- Times: *_at / *_seen columns are this PC's clock in UTC (ISO 8601); io_time and
-- terminal_clock are the terminal's zone-less wall clock ("YYYY-MM-DD hh:mm:ss").

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE terminals (
    dev_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    approval TEXT NOT NULL DEFAULT 'pending' CHECK (approval IN ('pending', 'approved', 'blocked')),
    firmware TEXT NOT NULL DEFAULT '',
    firmware_filename TEXT NOT NULL DEFAULT '',
    record_library TEXT NOT NULL DEFAULT '',
    supported_enroll_data TEXT NOT NULL DEFAULT '',
    fp_data_ver INTEGER NOT NULL DEFAULT 0,
    face_data_ver INTEGER NOT NULL DEFAULT 0,
    pv_data_ver INTEGER NOT NULL DEFAULT 0,
    fk_info TEXT NOT NULL DEFAULT '',
    remote_address TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_poll TEXT,
    terminal_clock TEXT,
    clock_drift_s INTEGER,
    approval_changed_at TEXT
);

CREATE TABLE users (
    user_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    privilege TEXT NOT NULL DEFAULT 'USER',
    enabled INTEGER NOT NULL DEFAULT 1,
    photo ${BLOB},
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE credentials (
    user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    backup_number INTEGER NOT NULL,
    data ${BLOB} NOT NULL,
    source_dev_id TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, backup_number)
);

CREATE TABLE terminal_users (
    dev_id TEXT NOT NULL REFERENCES terminals (dev_id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    privilege TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    credential_flags INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (dev_id, user_id)
);

-- user_id has no foreign key: terminals report punches of users the store has not seen yet.
CREATE TABLE punches (
    id ${AUTO_ID},
    dev_id TEXT NOT NULL REFERENCES terminals (dev_id),
    user_id TEXT NOT NULL,
    io_time TEXT NOT NULL,
    verify_mode INTEGER NOT NULL DEFAULT 0,
    verify_methods TEXT NOT NULL DEFAULT '',
    io_mode_raw INTEGER NOT NULL DEFAULT 0,
    io_mode INTEGER NOT NULL DEFAULT 0,
    direction TEXT NOT NULL DEFAULT '',
    work_code INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    resend_count INTEGER NOT NULL DEFAULT 0,
    -- The de-duplication key, ordered so that it also serves "one user, a date range".
    UNIQUE (user_id, io_time, dev_id)
);

CREATE INDEX punches_io_time ON punches (io_time);

CREATE TABLE punch_photos (
    punch_id BIGINT PRIMARY KEY REFERENCES punches (id) ON DELETE CASCADE,
    image ${BLOB} NOT NULL
);
