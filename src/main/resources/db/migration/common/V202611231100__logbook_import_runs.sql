-- One row per import (a partner sync, a MyFlightbook sync): what came in and what became of it.
-- A run that failed as a whole keeps its failure message and imported nothing.
CREATE TABLE logbook_import_run (
    id           UUID PRIMARY KEY,
    pilot_id     UUID NOT NULL,
    source       VARCHAR(100) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received     INTEGER NOT NULL,
    imported     INTEGER NOT NULL,
    skipped      INTEGER NOT NULL,
    blocked      INTEGER NOT NULL,
    duplicates   INTEGER NOT NULL,
    failure      VARCHAR(1000)
);

CREATE INDEX logbook_import_run_pilot_ix ON logbook_import_run (pilot_id, source, started_at);
