-- Punchclock schema 17: tokens other programs use the REST API with (docs/api.md).

-- A token is shown once when it is made and never stored: only the SHA-256 of its secret part
-- (a random 256-bit value, so a fast hash suffices) and its public id, by which it is found.
-- scope: 'read' (reads only), 'read_write' (terminals, users, jobs and operations: an
-- operator's rights), 'admin' (everything). department_id limits it to one department's
-- employees; removing the department revokes its tokens (services::DepartmentAdmin), which keep
-- no department then. Times are UTC, ISO 8601; expires_at NULL: never.
CREATE TABLE api_tokens (
    id ${AUTO_ID},
    public_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'read_write', 'admin')),
    department_id BIGINT REFERENCES departments (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT,
    last_used_at TEXT
);
