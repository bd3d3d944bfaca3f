-- Punchclock schema 8: who may do what, and a record of everything done.

-- Console accounts. password_hash is libsodium's crypto_pwhash_str (Argon2id, salt and
-- parameters included); no password is ever stored or logged in clear.
CREATE TABLE operators (
    id ${AUTO_ID},
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'manager', 'operator', 'viewer')),
    -- 1: every department, now and to come; 0: only those in operator_departments.
    all_departments INTEGER NOT NULL DEFAULT 1,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    -- Failed sign-ins in a row, and the last of them: each one doubles the wait before the next.
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT
);

CREATE TABLE operator_departments (
    operator_id BIGINT NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    department_id BIGINT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    PRIMARY KEY (operator_id, department_id)
);

-- The audit trail: only ever added to. Each row's hash covers its content and the hash of the
-- row before it, so that editing or deleting a row breaks the chain from there on
-- (`punchclock audit verify`). Times are this PC's clock in UTC.
CREATE TABLE audit_log (
    id ${AUTO_ID},
    at TEXT NOT NULL,
    actor_kind TEXT NOT NULL,   -- operator, cli, api, system, terminal
    actor TEXT NOT NULL,        -- "anna", "cli:root", "terminal D965…"
    origin TEXT NOT NULL,       -- "console on pc-office", "cli on pc-office", …
    action TEXT NOT NULL,       -- "terminal.approve", "punch.void", "sign_in.failed", …
    object_kind TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '', -- compact JSON of what changed, before and after
    new_value TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_log_object ON audit_log (object_kind, object_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_at ON audit_log (at);

-- The terminal endpoint: where each terminal talks from, and whether it must stay there.
ALTER TABLE terminals ADD COLUMN pinned_address INTEGER NOT NULL DEFAULT 0;
ALTER TABLE terminals ADD COLUMN previous_address TEXT NOT NULL DEFAULT '';
ALTER TABLE terminals ADD COLUMN address_changed_at TEXT;
