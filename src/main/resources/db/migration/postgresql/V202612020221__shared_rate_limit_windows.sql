-- Hourly request windows shared by every node (ADR 0005): one row per budget, counted up by one atomic statement per
-- request. Replaces Bucket4j's shared_rate_limit_bucket, whose select-for-update transaction held the row lock across
-- three round trips.
CREATE TABLE shared_rate_limit_window (
    id          VARCHAR(200) PRIMARY KEY,
    window_ends BIGINT NOT NULL,
    used        BIGINT NOT NULL
);
DROP TABLE shared_rate_limit_bucket;
