-- Punchclock schema 4: the console's Punches page. It filters by terminal over a date range and
-- pages newest first; (dev_id, io_time) serves both without sorting a million rows. Flagged
-- punches are few: a partial index finds them without reading every punch.
CREATE INDEX punches_device_time ON punches (dev_id, io_time);

CREATE INDEX punches_flagged ON punches (io_time) WHERE flags <> 0;
