-- Hourly request windows shared by every node (ADR 0005): one row per budget, counted up by one atomic statement per
-- request. Replaces Bucket4j's shared_rate_limit_bucket, whose select-for-update transaction held the row lock across
-- three round trips. UNLOGGED: a count is not worth a WAL flush per request (a commit that wrote only unlogged rows does
-- not wait for one); after a crash the table is empty, i.e. every window starts again.
CREATE UNLOGGED TABLE shared_rate_limit_window (
    id          VARCHAR(200) PRIMARY KEY,
    window_ends BIGINT NOT NULL,
    used        BIGINT NOT NULL
);
DROP TABLE shared_rate_limit_bucket;
