-- A pilot's own answers to airport codes the bundled reference set does not know. Codes are stored trimmed and upper
-- case, so a lookup is one equality on (owner_id, code). No foreign keys: owner_id names an accounts user, and
-- target_code a reference airport (in memory, not a table) or one of the owner's custom airports.

-- code means the airport whose code is target_code (e.g. a partner's TORONTO-C means CYTZ)
CREATE TABLE airports_alias (
    owner_id UUID NOT NULL,
    code VARCHAR(10) NOT NULL,
    target_code VARCHAR(10) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT airports_alias_pk PRIMARY KEY (owner_id, code)
);

-- an airfield of the pilot's own (a private strip, a farm field); latitude and longitude in WGS84 decimal degrees
CREATE TABLE airports_custom (
    id UUID PRIMARY KEY,
    owner_id UUID NOT NULL,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(200) NOT NULL,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT airports_custom_owner_code_uk UNIQUE (owner_id, code)
);
