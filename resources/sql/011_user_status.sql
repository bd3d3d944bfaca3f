-- Punchclock schema 11: when employees were disabled (leavers) and enabled again.

-- One row per Disable or Enable an operator made; rows are only ever added. From
-- effective_date (the site's date, YYYY-MM-DD) on, the attendance reports expect no work of a
-- disabled employee, and expect it again from the date they were enabled. On one date the
-- latest row (highest id) decides. users.enabled holds the state now.
CREATE TABLE user_status_changes (
    id ${AUTO_ID},
    user_id TEXT NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    effective_date TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
);

CREATE INDEX user_status_changes_user ON user_status_changes (user_id, effective_date, id);
