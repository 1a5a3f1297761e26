-- An organization's fleet: aircraft and simulators it rents out, with a status and an hourly rate in the
-- organization's currency. registration_normalized is unique per organization.
CREATE TABLE fleet_aircraft (
    id                      UUID PRIMARY KEY,
    organization_id         UUID NOT NULL,
    registration            VARCHAR(20) NOT NULL,
    registration_normalized VARCHAR(20) NOT NULL,
    type_code               VARCHAR(20) NOT NULL,
    model                   VARCHAR(100),
    category_class          VARCHAR(20) NOT NULL,
    simulator               BOOLEAN NOT NULL,
    fstd_type               VARCHAR(20),
    status                  VARCHAR(12) NOT NULL,
    hourly_rate             NUMERIC(12, 3) NOT NULL,
    currency                VARCHAR(3) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fleet_aircraft_registration_uk UNIQUE (organization_id, registration_normalized)
);

-- Every status change, with who made it and when; the newest row per aircraft matches fleet_aircraft.status.
CREATE TABLE fleet_status_change (
    id              UUID PRIMARY KEY,
    aircraft_id     UUID NOT NULL REFERENCES fleet_aircraft (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL,
    from_status     VARCHAR(12),
    to_status       VARCHAR(12) NOT NULL,
    note            VARCHAR(500),
    changed_by      UUID NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX fleet_status_change_aircraft_ix ON fleet_status_change (aircraft_id, changed_at);
