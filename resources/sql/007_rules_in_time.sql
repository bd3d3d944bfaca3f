-- Punchclock schema 7: results a manager can sign. Rules change from a date on, not
-- retroactively; a payroll period can be closed; a punch counts from a known moment.

-- From when a punch counts (this PC's clock, UTC, as received_at): when it arrived from an
-- approved terminal, or when its pending terminal was approved. NULL: it does not count (yet).
-- Blocking a terminal later changes nothing here, so past results stay as they were.
ALTER TABLE punches ADD COLUMN counted_at TEXT;

-- Punches that arrived from an approved terminal counted then. Those that arrived while their
-- terminal was pending (flag 1) count from its approval, if it is approved now.
UPDATE punches SET counted_at = received_at WHERE (flags & 1) = 0;
UPDATE punches SET counted_at = (SELECT COALESCE(t.approval_changed_at, punches.received_at) FROM terminals t
                                 WHERE t.dev_id = punches.dev_id AND t.approval = 'approved')
    WHERE (flags & 1) = 1;

-- A shift's definition from a date on. The shifts row holds it from the start; a change from
-- a date replaces every later one. Reports use the definition in force on each day.
CREATE TABLE shift_changes (
    id ${AUTO_ID},
    shift_id BIGINT NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
    effective_from TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    late_grace_min INTEGER NOT NULL,
    early_leave_grace_min INTEGER NOT NULL,
    break_min INTEGER NOT NULL,
    break_after_min INTEGER NOT NULL,
    rounding TEXT NOT NULL CHECK (rounding IN ('none', 'down', 'nearest', 'up')),
    rounding_min INTEGER NOT NULL,
    overtime_threshold_min INTEGER NOT NULL,
    day_change TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    UNIQUE (shift_id, effective_from)
);

-- A schedule from a date on, for a department or one employee. department_schedules and
-- user_schedules hold the schedule from the start; a change from a date replaces every later
-- one. kind: 'week' (the days below), 'none' (no schedule from then on), 'department' (an
-- employee's own schedule ends: the department's applies again).
CREATE TABLE schedule_changes (
    id ${AUTO_ID},
    department_id BIGINT REFERENCES departments (id) ON DELETE CASCADE,
    user_id TEXT,
    effective_from TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('week', 'none', 'department')),
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    CHECK ((department_id IS NULL) <> (user_id IS NULL))
);

CREATE UNIQUE INDEX schedule_changes_department ON schedule_changes (department_id, effective_from)
    WHERE department_id IS NOT NULL;
CREATE UNIQUE INDEX schedule_changes_user ON schedule_changes (user_id, effective_from) WHERE user_id IS NOT NULL;

CREATE TABLE schedule_change_days (
    change_id BIGINT NOT NULL REFERENCES schedule_changes (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    shift_id BIGINT REFERENCES shifts (id),
    PRIMARY KEY (change_id, weekday)
);

CREATE INDEX schedule_change_days_shift ON schedule_change_days (shift_id);

-- Closed periods (a payroll month): nothing may change their results while closed. The rows
-- are only added to, except that reopening fills in reopened_*; closing again adds a new row.
-- The attendance settings in force at closing are kept with it and used for its days.
CREATE TABLE closed_periods (
    id ${AUTO_ID},
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    close_reason TEXT NOT NULL CHECK (close_reason <> ''),
    pairing TEXT NOT NULL,
    duplicate_window_s INTEGER NOT NULL,
    site_time_zone TEXT NOT NULL,
    reopened_at TEXT,
    reopened_by TEXT,
    reopen_reason TEXT,
    CHECK (from_date <= to_date)
);

CREATE INDEX closed_periods_dates ON closed_periods (to_date, from_date);

-- Approving a terminal makes its uncounted punches count; few punches wait, so this is small.
CREATE INDEX punches_uncounted ON punches (dev_id) WHERE counted_at IS NULL;
