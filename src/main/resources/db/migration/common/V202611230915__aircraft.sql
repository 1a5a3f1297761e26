-- A pilot's aircraft and simulators (flight simulation training devices). registration_normalized (upper case,
-- no blanks or dashes) is what is unique per owner, so "C-GABC" and "cgabc" are one aircraft.
CREATE TABLE aircraft (
    id UUID PRIMARY KEY,
    owner_id UUID NOT NULL,
    registration VARCHAR(20) NOT NULL,
    registration_normalized VARCHAR(20) NOT NULL,
    type_code VARCHAR(20) NOT NULL,
    model VARCHAR(100),
    category_class VARCHAR(20) NOT NULL,
    engine_count INTEGER NOT NULL,
    tailwheel BOOLEAN NOT NULL,
    complex BOOLEAN NOT NULL,
    high_performance BOOLEAN NOT NULL,
    turbine BOOLEAN NOT NULL,
    glass_cockpit BOOLEAN NOT NULL,
    simulator BOOLEAN NOT NULL,
    fstd_type VARCHAR(20),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT aircraft_owner_registration_uk UNIQUE (owner_id, registration_normalized)
);
