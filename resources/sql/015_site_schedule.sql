-- Punchclock schema 15: the site's default weekly schedule.

-- The week everyone follows who has no week of their own and whose department has none: an
-- employee's own week, else their department's, else the site's, else nothing is expected.
-- Shaped like a department's (the week from the start, changes from a date on), with site_id
-- always 1, so that one reader serves departments, employees and the site.
CREATE TABLE site_schedules (
    site_id INTEGER NOT NULL DEFAULT 1 CHECK (site_id = 1),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    shift_id BIGINT REFERENCES shifts (id),
    PRIMARY KEY (site_id, weekday)
);

-- kind: 'week' (the days below) or 'none' (no site week from then on).
CREATE TABLE site_schedule_changes (
    id ${AUTO_ID},
    site_id INTEGER NOT NULL DEFAULT 1 CHECK (site_id = 1),
    effective_from TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('week', 'none')),
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    UNIQUE (site_id, effective_from)
);

CREATE TABLE site_schedule_change_days (
    change_id BIGINT NOT NULL REFERENCES site_schedule_changes (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    shift_id BIGINT REFERENCES shifts (id),
    PRIMARY KEY (change_id, weekday)
);

CREATE INDEX site_schedule_change_days_shift ON site_schedule_change_days (shift_id);
