-- The FAA releasable aircraft registry (MASTER.txt joined with ACFTREF.txt on the make/model code), replaced as a
-- whole by FaaRegistry.load. n_number is the registration without its leading N, upper case ("172SP" for N172SP).
-- category_class is Hobbs' wire name ("asel", "helicopter"), null where the registry's aircraft type has no Hobbs
-- category/class (weight-shift control, powered parachute, other).
-- ACFTREF carries no ICAO type designator, so type_code stays null until a source for it is loaded.
CREATE TABLE aircraft_faa_registration (
    n_number VARCHAR(10) PRIMARY KEY,
    manufacturer VARCHAR(50) NOT NULL,
    model VARCHAR(50) NOT NULL,
    type_code VARCHAR(20),
    category_class VARCHAR(20),
    engine_count INTEGER NOT NULL,
    engine_type VARCHAR(20),
    year_manufactured INTEGER,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Where an aircraft's details came from: typed by the pilot (manual), the FAA registry (faa), or MyFlightbook's
-- model text for a tail the registry does not know (myflightbook, unverified). Aircraft from before this change were
-- all typed by their pilot, hence the defaults.
ALTER TABLE aircraft ADD COLUMN verified BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE aircraft ADD COLUMN source VARCHAR(20) DEFAULT 'manual' NOT NULL;
ALTER TABLE aircraft ADD CONSTRAINT aircraft_source_ck CHECK (source IN ('manual', 'faa', 'myflightbook'));
