-- Punchclock schema 12: the store holds what the terminals hold.

-- Which credentials each terminal holds, by backup number. A terminal's full report of a user
-- (realtime_enroll_data, GET_USER_INFO, an accepted SET_USER_INFO) replaces its rows for that
-- user; a credential no terminal holds any more after such a report leaves the store (recorded
-- in credential_history). A copy sends what its source terminal holds, not everything stored.
CREATE TABLE terminal_credentials (
    dev_id TEXT NOT NULL REFERENCES terminals (dev_id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    backup_number INTEGER NOT NULL,
    PRIMARY KEY (dev_id, user_id, backup_number),
    FOREIGN KEY (user_id, backup_number) REFERENCES credentials (user_id, backup_number) ON DELETE CASCADE
);

-- "Does any other terminal still hold it?" is asked by credential.
CREATE INDEX terminal_credentials_credential ON terminal_credentials (user_id, backup_number);

-- Until now every terminal holding a user was taken to hold all that is stored for the user
-- (every push sent all of it), so that is where the rows start.
INSERT INTO terminal_credentials (dev_id, user_id, backup_number)
    SELECT t.dev_id, c.user_id, c.backup_number FROM terminal_users t JOIN credentials c ON c.user_id = t.user_id;

-- 1 while the store knows the user only from a terminal's user list (GET_USER_ID_LIST) or a
-- single command: its name, photo and credentials were never read. Such a user is not sent to a
-- terminal (SET_USER_INFO replaces the whole user there) until a terminal reported it whole.
ALTER TABLE users ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0;

-- Users created from a list so far: no name, photo or credential, on a terminal. They were given
-- the privilege USER; the terminal's own row says what it is.
UPDATE users SET incomplete = 1
    WHERE name = '' AND photo IS NULL
    AND NOT EXISTS (SELECT 1 FROM credentials c WHERE c.user_id = users.user_id)
    AND EXISTS (SELECT 1 FROM terminal_users t WHERE t.user_id = users.user_id);
UPDATE users SET privilege = (SELECT t.privilege FROM terminal_users t
                              WHERE t.user_id = users.user_id AND t.privilege <> ''
                              ORDER BY t.privilege = 'USER', t.dev_id LIMIT 1)
    WHERE incomplete = 1
    AND EXISTS (SELECT 1 FROM terminal_users t WHERE t.user_id = users.user_id AND t.privilege <> '');

-- Password and card numbers are ASCII digits; some firmware ends them with a NUL (protocol.md
-- §6). 1: this terminal sent them so, and is sent them so; NULL or 0: without the NUL.
ALTER TABLE terminals ADD COLUMN digits_with_nul INTEGER;

UPDATE terminals SET digits_with_nul = 1
    WHERE EXISTS (SELECT 1 FROM credentials c WHERE c.source_dev_id = terminals.dev_id
                  AND c.backup_number IN (10, 11) AND length(c.data) > 1
                  AND substr(c.data, length(c.data), 1) = ${NUL_BYTE});

-- The store keeps the digits alone.
UPDATE credentials SET data = substr(data, 1, length(data) - 1)
    WHERE backup_number IN (10, 11) AND length(data) > 1 AND substr(data, length(data), 1) = ${NUL_BYTE};

-- A copy's SET_USER_INFO is built at delivery from what this terminal (the copy's source) holds;
-- NULL: from everything the store holds for the user.
ALTER TABLE jobs ADD COLUMN build_from_dev_id TEXT;
