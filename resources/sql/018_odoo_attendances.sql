-- Punchclock schema 18: the hr.attendance records Punchclock made in an Odoo destination.

-- Odoo keeps attendance as intervals (check_in, check_out). For each employee and working day,
-- the intervals Punchclock's attendance rules pair from the punches (as the reports do) are
-- kept in Odoo one record each, by position in the day: a later punch or a correction changes
-- the day's intervals, and the records are written, made or removed to match. check_in and
-- check_out are what was last sent (UTC, "YYYY-MM-DD hh:mm:ss"; check_out empty: still open).
CREATE TABLE odoo_attendances (
    destination_id BIGINT NOT NULL REFERENCES integration_destinations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    work_date TEXT NOT NULL,
    position INTEGER NOT NULL,
    record_id BIGINT NOT NULL,
    check_in TEXT NOT NULL,
    check_out TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (destination_id, user_id, work_date, position)
);
