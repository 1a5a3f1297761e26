-- Per pilot and calendar month (month_start = its first day): the sums the totals, the monthly chart and the logbook's
-- flight count read, kept up to date in the same transaction as every flight written, so reading them never scans a
-- whole logbook.
CREATE TABLE logbook_month_total (
    pilot_id UUID NOT NULL,
    month_start DATE NOT NULL,
    flights BIGINT NOT NULL,
    block_minutes BIGINT NOT NULL,
    pic_minutes BIGINT NOT NULL,
    sic_minutes BIGINT NOT NULL,
    night_minutes BIGINT NOT NULL,
    ifr_minutes BIGINT NOT NULL,
    dual_minutes BIGINT NOT NULL,
    instruction_minutes BIGINT NOT NULL,
    landings BIGINT NOT NULL,
    approaches BIGINT NOT NULL,
    CONSTRAINT logbook_month_total_pk PRIMARY KEY (pilot_id, month_start)
);
