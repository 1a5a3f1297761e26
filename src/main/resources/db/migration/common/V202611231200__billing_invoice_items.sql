-- One invoice item per connector and calendar month (UTC; billing_month is the month's first day): the users that
-- qualified that month times the unit price in effect on its last day. The unique key is what makes invoicing a month
-- idempotent, also when two nodes run the job at once (INSERT ... ON CONFLICT DO NOTHING). A month without a price
-- gets no row, so every column is set.
CREATE TABLE billing_invoice_item (
    id              UUID PRIMARY KEY,
    connector_id    BIGINT NOT NULL,
    billing_month   DATE NOT NULL,
    qualified_users INTEGER NOT NULL,
    unit_amount     NUMERIC(12, 2) NOT NULL,
    currency        CHAR(3) NOT NULL,
    total_amount    NUMERIC(14, 2) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT billing_invoice_item_month_uk UNIQUE (connector_id, billing_month)
);
CREATE INDEX billing_invoice_item_month_ix ON billing_invoice_item (billing_month);
