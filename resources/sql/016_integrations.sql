-- Punchclock schema 16: delivery of punches, corrections and user changes to other systems
-- (webhooks, Frappe HR / ERPNext, Odoo), docs/integrations.md.

-- One system punches are sent to. Secrets (a webhook's signing key, an ERPNext API secret) are
-- kept sealed with the installation's key file, never in clear (services::SecretBox); options
-- holds the kind's settings as JSON, none of them secret. The delivery state is per
-- destination: a failure that may pass (the system is down, a timeout) holds the whole queue
-- and waits, doubling, until next_attempt_at. One worker at a time delivers a destination's
-- queue, in order: it holds the lease (lease_owner until lease_until) and renews it each
-- round; the lease of a killed worker runs out and another server takes over. Times are UTC,
-- ISO 8601.
CREATE TABLE integration_destinations (
    id ${AUTO_ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL, -- 'webhook', 'erpnext'; checked by services::IntegrationAdmin
    url TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    sealed_secret TEXT NOT NULL DEFAULT '',
    sends_punches INTEGER NOT NULL DEFAULT 1,
    sends_corrections INTEGER NOT NULL DEFAULT 0,
    sends_user_changes INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    last_delivered_at TEXT,
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until TEXT
);

-- What is to be delivered, one row per destination and event, written in the transaction
-- that stores the punch, the correction or the audit record of a user change: nothing stored
-- is missed, and nothing rolled back is sent. subject_id is the punch's, the correction's or
-- the audit record's id, so the same event is queued once per destination (a replay sets it
-- pending again). 'failed': the destination refused it for good (with last_error);
-- 'parked': held until a person acts (an employee to map), then retried on request.
CREATE TABLE outbox (
    id ${AUTO_ID},
    destination_id BIGINT NOT NULL REFERENCES integration_destinations (id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (event IN ('punch', 'correction', 'user')),
    subject_id BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    UNIQUE (destination_id, event, subject_id)
);

-- The worker reads a destination's pending rows in order; the console counts by status.
CREATE INDEX outbox_queue ON outbox (destination_id, status, id);
