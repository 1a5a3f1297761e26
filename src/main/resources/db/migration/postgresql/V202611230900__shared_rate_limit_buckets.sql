-- Bucket4j's PostgreSQL proxy manager keeps each API rate-limit bucket here, shared by every node.
CREATE TABLE shared_rate_limit_bucket (
    id VARCHAR(200) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
