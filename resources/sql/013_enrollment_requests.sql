-- Punchclock schema 13: remote enrollment (SET_COMMAND enter_enroll, protocol.md §6).

-- One row per time an operator sent a terminal into its enrollment screen for one user and one
-- credential. The terminal answers OK at once and the template arrives later as
-- realtime_enroll_data; that report is matched to the waiting row (same terminal and user, the
-- backup number among those reported, before the deadline). A keypad enrollment nobody asked
-- for matches nothing and is stored as before. Times are UTC, ISO 8601.
CREATE TABLE enrollment_requests (
    id ${AUTO_ID},
    user_id TEXT NOT NULL,
    backup_number INTEGER NOT NULL,
    dev_id TEXT NOT NULL,
    job_id INTEGER,
    requested_by TEXT NOT NULL DEFAULT '',
    requested_at TEXT NOT NULL,
    deadline TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting'
        CHECK (state IN ('waiting', 'enrolled', 'timed_out', 'refused', 'cancelled')),
    finished_at TEXT,
    template_size INTEGER,
    reason TEXT NOT NULL DEFAULT ''
);

-- The matcher asks for the waiting requests of one terminal and user.
CREATE INDEX enrollment_requests_waiting ON enrollment_requests (dev_id, user_id, state);
