-- One row per MyFlightbook sync a pilot asked for. active_pilot is the pilot's id while the job is queued or running
-- and NULL afterwards: its unique constraint lets the database refuse a second active job for the same pilot (NULLs
-- never collide, on H2 and PostgreSQL alike). The mfb_* counts describe the pilot's MyFlightbook account as the job
-- found it.
CREATE TABLE myflightbook_sync_job (
    id                UUID PRIMARY KEY,
    pilot_id          UUID NOT NULL,
    status            VARCHAR(12) NOT NULL,
    active_pilot      UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    failure           VARCHAR(1000),
    import_run_id     UUID,
    aircraft          INTEGER NOT NULL DEFAULT 0,
    flights_seen      INTEGER NOT NULL DEFAULT 0,
    imported          INTEGER NOT NULL DEFAULT 0,
    skipped           INTEGER NOT NULL DEFAULT 0,
    failed            INTEGER NOT NULL DEFAULT 0,
    mfb_flights       INTEGER,
    mfb_aircraft      INTEGER,
    mfb_total_minutes BIGINT,
    CONSTRAINT myflightbook_sync_job_active_uk UNIQUE (active_pilot)
);

CREATE INDEX myflightbook_sync_job_pilot_ix ON myflightbook_sync_job (pilot_id, created_at);

-- The pilot's MyFlightbook totals as the latest sync found them, replaced by each sync.
CREATE TABLE myflightbook_totals (
    pilot_id        UUID NOT NULL,
    position        INTEGER NOT NULL,
    dimension       VARCHAR(30) NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    sub_description VARCHAR(4000) NOT NULL,
    unit            VARCHAR(10) NOT NULL,
    amount          NUMERIC(24, 6) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pilot_id, position)
);
