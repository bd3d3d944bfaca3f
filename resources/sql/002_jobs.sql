-- Schema 2: the command queue. A job's trans_id on the wire is its id in decimal.

CREATE TABLE operations (
    id ${AUTO_ID},
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    queued_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE jobs (
    id ${AUTO_ID},
    dev_id TEXT NOT NULL REFERENCES terminals (dev_id) ON DELETE CASCADE,
    cmd_code TEXT NOT NULL,
    -- The framed parameter body as built; NULL for parameterless commands.
    parameters ${BLOB},
    -- SET_USER_INFO is built at delivery from everything the store holds for the user.
    build_at_delivery INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('WAIT', 'RUN', 'RESULT', 'CANCELLED', 'TIMEOUT')),
    return_code TEXT NOT NULL DEFAULT '',
    result ${BLOB},
    -- What the result did to the store, as JSON: {"imported":1204,"duplicates":17}.
    summary TEXT NOT NULL DEFAULT '',
    queued_by TEXT NOT NULL DEFAULT '',
    operation_id BIGINT REFERENCES operations (id),
    -- Waits until that job ended in RESULT with OK; cancelled if it ends otherwise.
    depends_on BIGINT REFERENCES jobs (id),
    created_at TEXT NOT NULL,
    sent_at TEXT,
    finished_at TEXT,
    status_changed_at TEXT NOT NULL
);

CREATE INDEX jobs_device_status ON jobs (dev_id, status, id);

CREATE INDEX jobs_status ON jobs (status, id);

CREATE TABLE job_events (
    id ${AUTO_ID},
    job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);

CREATE INDEX job_events_job ON job_events (job_id);

-- 'response_code' (RESET_FK as the response code, the default) or 'cmd_code' (OK + cmd_code).
ALTER TABLE terminals ADD COLUMN reset_style TEXT NOT NULL DEFAULT 'response_code';

-- Counts from the last GET_DEVICE_STATUS, as JSON, and when they came.
ALTER TABLE terminals ADD COLUMN device_status TEXT NOT NULL DEFAULT '';

ALTER TABLE terminals ADD COLUMN device_status_at TEXT;

-- Terminal wall clock from which the next "pull new logs" asks.
ALTER TABLE terminals ADD COLUMN logs_pulled_until TEXT;
