-- Punchclock schema 9: biometric privacy.

-- Since when (UTC) a user has been disabled or held by no terminal; NULL while they are enabled
-- and on at least one terminal. Biometric retention (privacy.biometric_retention_days) counts
-- from here. UserRepository keeps it whenever `enabled` or a terminal membership changes.
ALTER TABLE users ADD COLUMN inactive_since TEXT;

-- Whether a user is on any terminal is asked at every membership change; the primary key
-- (dev_id, user_id) does not serve a question by user.
CREATE INDEX terminal_users_user ON terminal_users (user_id);

-- Nobody knows since when the users inactive now have been so: their retention starts with this
-- version. CURRENT_TIMESTAMP is portable: SQLite writes UTC without the 'T' and the
-- milliseconds, PostgreSQL adds the offset; the readers accept both (PersonalDataReader).
UPDATE users SET inactive_since = CURRENT_TIMESTAMP
    WHERE enabled = 0 OR NOT EXISTS (SELECT 1 FROM terminal_users t WHERE t.user_id = users.user_id);
