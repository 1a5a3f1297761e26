-- A pilot's MyFlightbook connection (seed 002): the OAuth tokens, sealed with AES-256-GCM (SecretBox) and never shown.
-- MyFlightbook rotates refresh tokens, so the row always holds the newest one; a pilot has at most one connection.
CREATE TABLE myflightbook_token (
    pilot_id             UUID PRIMARY KEY,
    -- MyFlightbook's access tokens are long encrypted blobs (not JWTs); sealing adds about a third
    access_token_sealed  VARCHAR(8000) NOT NULL,
    refresh_token_sealed VARCHAR(8000),
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the granted scopes, space-separated as MyFlightbook sends them
    scopes               VARCHAR(500) NOT NULL,
    connected_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
