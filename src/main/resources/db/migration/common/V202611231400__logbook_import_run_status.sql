-- Import runs get a lifecycle: a long import (a MyFlightbook sync) is recorded as 'processing' when it starts and
-- becomes 'completed' or 'failed' when it ends, so finished_at is empty meanwhile. Earlier runs were recorded when
-- they had ended; a run with a failure message failed. 'failed' counts the flights a run could not store.
ALTER TABLE logbook_import_run ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'completed';
ALTER TABLE logbook_import_run ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE logbook_import_run ALTER COLUMN finished_at DROP NOT NULL;
UPDATE logbook_import_run SET status = 'failed' WHERE failure IS NOT NULL;
