-- API access per organization, enabled by the platform admin; no row means API access is not enabled (the organization's
-- members still reach it with personal keys, at the standard plan's limit). requests_per_hour is the plan's number,
-- stored so that a plan's default can change without silently changing what an organization was given.
CREATE TABLE organization_api_access (
    organization_id   UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    plan              VARCHAR(20) NOT NULL,
    requests_per_hour BIGINT NOT NULL,
    enabled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Organization API keys (server-to-server): hbo_ + 256 random bits; only the SHA-256 is kept, prefix tells keys apart.
-- A key acts in its organization with its role (never owner).
CREATE TABLE organization_api_key (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name            VARCHAR(100) NOT NULL,
    role            VARCHAR(12) NOT NULL,
    prefix          VARCHAR(20) NOT NULL,
    key_hash        VARCHAR(64) NOT NULL,
    created_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_api_key_hash_uk UNIQUE (key_hash)
);
CREATE INDEX organization_api_key_organization_ix ON organization_api_key (organization_id, created_at);
