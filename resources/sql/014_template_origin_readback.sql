-- Punchclock schema 14: where a template came from, names a terminal cuts, writes read back.

-- The template format version of the terminal a credential came from when it came
-- (fk_info.fp_data_ver for fingers, face_data_ver for a face, pv_data_ver for palm and vein) and
-- that terminal's record library. NULL: not known (the operator gave it, or the terminal had not
-- said). A template is sent only to terminals of the same version (protocol-coverage.md).
ALTER TABLE credentials ADD COLUMN source_data_ver INTEGER;
ALTER TABLE credentials ADD COLUMN source_record_library TEXT;

-- Stored before schema 14: the source terminal's versions as they are now, the best knowledge
-- there is (a terminal's template version changes only with its firmware).
UPDATE credentials SET
    source_data_ver = (SELECT CASE
                           WHEN credentials.backup_number BETWEEN 0 AND 9 THEN t.fp_data_ver
                           WHEN credentials.backup_number = 12 THEN t.face_data_ver
                           WHEN credentials.backup_number IN (13, 14, 20) THEN t.pv_data_ver
                       END FROM terminals t WHERE t.dev_id = credentials.source_dev_id),
    source_record_library = (SELECT t.record_library FROM terminals t WHERE t.dev_id = credentials.source_dev_id)
    WHERE source_dev_id IS NOT NULL;
UPDATE credentials SET source_data_ver = NULL WHERE source_data_ver = 0;
UPDATE credentials SET source_record_library = NULL WHERE source_record_library = '';

-- How many characters of a user name the terminal keeps, learned when it cut one; NULL: not known.
ALTER TABLE terminals ADD COLUMN name_limit INTEGER;

-- A GET_USER_INFO queued to read back what a write job changed (some firmware answers OK to a
-- write it ignored, protocol.md §11.7): the id of that job, which stays RUN until it is read.
ALTER TABLE jobs ADD COLUMN reads_back INTEGER;
CREATE INDEX jobs_reads_back ON jobs (reads_back) WHERE reads_back IS NOT NULL;

-- What was left out of a job's parameters at delivery and why (a template the terminal cannot
-- use); empty when it went as queued.
ALTER TABLE jobs ADD COLUMN delivery_note TEXT NOT NULL DEFAULT '';
