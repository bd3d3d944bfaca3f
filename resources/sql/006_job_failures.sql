-- Punchclock schema 6: whether a job failed, in a plain column, so that the Jobs page, its
-- badge and the dashboard ask the same question in SQL that PostgreSQL runs as well as SQLite.
-- storage::jobFailed() is the rule; the job repository writes it whenever a job changes status.

ALTER TABLE jobs ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;

-- Jobs that ended before this schema: no answer, a refusal, or an answer that could not be read
-- (its summary, compact JSON as the engine writes it, has the key "error"). A text match, since
-- JSON functions differ between SQLite and PostgreSQL: it agrees with storage::jobFailed()
-- because the engine's summaries are flat objects, so "error" can only be their own key.
UPDATE jobs SET failed = 1 WHERE status = 'TIMEOUT'
    OR (status = 'RESULT' AND (return_code <> 'OK' OR summary LIKE '%"error":%'));

-- The Failed filter and the failure counts of every refresh: without it each of them reads the
-- whole table (about 55 ms at 200,000 jobs, 0.2 ms with it).
CREATE INDEX jobs_failed ON jobs (failed, id);

-- The Jobs page narrowed to one terminal, newest first, a page at a time: jobs_device_status
-- sorts all of the terminal's jobs for each page (about 65 ms at 50,000 jobs, under 1 ms with it).
CREATE INDEX jobs_device ON jobs (dev_id, id);
