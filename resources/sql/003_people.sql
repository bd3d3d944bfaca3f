-- Punchclock schema 3: departments, and the history of credential changes the console shows.

CREATE TABLE departments (
    id ${AUTO_ID},
    name TEXT NOT NULL UNIQUE
);

-- SQLite cannot add a column with a foreign key constraint and a non-NULL default; NULL means
-- "no department".
ALTER TABLE users ADD COLUMN department_id BIGINT REFERENCES departments (id) ON DELETE SET NULL;

-- One row per change of a stored credential: enrolled, replaced or removed, and from where.
CREATE TABLE credential_history (
    id ${AUTO_ID},
    user_id TEXT NOT NULL,
    backup_number INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'replaced', 'removed')),
    source_dev_id TEXT,
    changed_by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

CREATE INDEX credential_history_user ON credential_history (user_id, id);
CREATE INDEX users_department ON users (department_id);

-- Seconds between a terminal's last two polls, smoothed: "offline" means silent for several
-- of its own intervals, which range from ~10 s to ~2 min between models.
ALTER TABLE terminals ADD COLUMN poll_interval_s INTEGER;
