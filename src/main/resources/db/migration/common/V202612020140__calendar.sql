-- An organization's calendar: events (ground school, meetings, exams, maintenance...), aircraft reservations, and each
-- member's iCalendar feed token. Instants are stored in UTC; the organization's time zone is applied when shown.
CREATE TABLE calendar_event (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    title           VARCHAR(200) NOT NULL,
    description     VARCHAR(2000),
    kind            VARCHAR(20) NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    aircraft_id     UUID,
    instructor_id   UUID,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_event_range_ck CHECK (starts_at < ends_at)
);

CREATE INDEX calendar_event_start_ix ON calendar_event (organization_id, starts_at);

-- A reservation holds its aircraft for [starts_at, ends_at) until it is cancelled (cancelled_at set; the row stays).
-- On PostgreSQL, exclusion constraints (db/migration/postgresql) refuse overlapping live reservations of one aircraft
-- and of one instructor; on both engines the service locks the aircraft's row before it checks for overlaps.
CREATE TABLE calendar_reservation (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    aircraft_id     UUID NOT NULL,
    member_id       UUID NOT NULL,
    instructor_id   UUID,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    note            VARCHAR(500),
    created_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    cancelled_by    UUID,
    CONSTRAINT calendar_reservation_range_ck CHECK (starts_at < ends_at)
);

CREATE INDEX calendar_reservation_start_ix ON calendar_reservation (organization_id, starts_at);
CREATE INDEX calendar_reservation_aircraft_ix ON calendar_reservation (aircraft_id, starts_at);
CREATE INDEX calendar_reservation_instructor_ix ON calendar_reservation (instructor_id, starts_at);
CREATE INDEX calendar_reservation_member_ix ON calendar_reservation (member_id, starts_at);

-- A member's feed token, sealed (AES-GCM, so the page can show the URL again) and as a SHA-256 for the lookup.
CREATE TABLE calendar_feed (
    organization_id UUID NOT NULL,
    user_id         UUID NOT NULL,
    token_sealed    VARCHAR(200) NOT NULL,
    token_hash      VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, user_id),
    CONSTRAINT calendar_feed_token_uk UNIQUE (token_hash)
);
