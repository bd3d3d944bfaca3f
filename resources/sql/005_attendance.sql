-- Punchclock schema 5: the rules attendance is calculated with, and corrections of punches.
-- Times of day are "hh:mm" text; dates "YYYY-MM-DD"; io_time as in punches.

CREATE TABLE shifts (
    id ${AUTO_ID},
    name TEXT NOT NULL UNIQUE,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    late_grace_min INTEGER NOT NULL DEFAULT 0,
    early_leave_grace_min INTEGER NOT NULL DEFAULT 0,
    break_min INTEGER NOT NULL DEFAULT 0,
    break_after_min INTEGER NOT NULL DEFAULT 0,
    rounding TEXT NOT NULL DEFAULT 'none' CHECK (rounding IN ('none', 'down', 'nearest', 'up')),
    rounding_min INTEGER NOT NULL DEFAULT 0,
    overtime_threshold_min INTEGER NOT NULL DEFAULT 0,
    day_change TEXT NOT NULL DEFAULT '00:00'
);

-- One row per weekday (1 Monday … 7 Sunday); shift_id NULL is a day off. An employee with rows
-- of their own follows them instead of their department's.
CREATE TABLE department_schedules (
    department_id BIGINT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    shift_id BIGINT REFERENCES shifts (id),
    PRIMARY KEY (department_id, weekday)
);

CREATE TABLE user_schedules (
    user_id TEXT NOT NULL,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    shift_id BIGINT REFERENCES shifts (id),
    PRIMARY KEY (user_id, weekday)
);

CREATE TABLE holidays (
    holiday_date TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE leave_days (
    user_id TEXT NOT NULL,
    leave_date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, leave_date)
);

CREATE INDEX leave_days_date ON leave_days (leave_date);

-- The log of corrections: rows are only ever added. A 'revoke' row cancels the row it names;
-- void and move keep the punch's time and direction before them. Raw punches stay untouched.
CREATE TABLE punch_corrections (
    id ${AUTO_ID},
    kind TEXT NOT NULL CHECK (kind IN ('add', 'void', 'move', 'revoke')),
    punch_id BIGINT REFERENCES punches (id),
    revoked_id BIGINT REFERENCES punch_corrections (id),
    user_id TEXT NOT NULL,
    dev_id TEXT NOT NULL DEFAULT '',
    io_time TEXT,
    direction TEXT NOT NULL DEFAULT '',
    previous_io_time TEXT,
    previous_direction TEXT,
    reason TEXT NOT NULL CHECK (reason <> ''),
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);

CREATE INDEX punch_corrections_punch ON punch_corrections (punch_id);
CREATE INDEX punch_corrections_user ON punch_corrections (user_id, id);

-- Pairing and duplicate window live in settings: attendance.pairing ('in_out', 'first_last'),
-- attendance.duplicate_window_s.
