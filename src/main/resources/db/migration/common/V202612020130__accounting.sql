-- An organization's invoices to its members, their lines, and the counter that numbers them.
-- Amounts are kept exactly (NUMERIC) in the invoice's currency, which is the organization's when the invoice is drafted.
-- A draft has no number; issuing takes the next number from accounting_invoice_counter (one row per organization and
-- year, locked FOR UPDATE by the issuing transaction), so numbers have no gaps and never repeat.
CREATE TABLE accounting_invoice (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    member_id       UUID NOT NULL,
    bill_to_name    VARCHAR(200) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    invoice_number  VARCHAR(20),
    currency        VARCHAR(3) NOT NULL,
    subtotal        NUMERIC(14, 3) NOT NULL,
    tax_total       NUMERIC(14, 3) NOT NULL,
    total           NUMERIC(14, 3) NOT NULL,
    created_on      DATE NOT NULL,
    issue_date      DATE,
    due_date        DATE,
    notes           VARCHAR(2000),
    flight_id       UUID,
    -- flight_id while the invoice is not void: the database refuses a second open invoice for one flight
    flight_open     UUID,
    issued_at       TIMESTAMP WITH TIME ZONE,
    paid_at         TIMESTAMP WITH TIME ZONE,
    payment_method  VARCHAR(40),
    payment_note    VARCHAR(500),
    voided_at       TIMESTAMP WITH TIME ZONE,
    void_reason     VARCHAR(500),
    created_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accounting_invoice_number_uk UNIQUE (organization_id, invoice_number),
    CONSTRAINT accounting_invoice_flight_uk UNIQUE (organization_id, flight_open)
);

CREATE INDEX accounting_invoice_member_ix ON accounting_invoice (organization_id, member_id);
CREATE INDEX accounting_invoice_issue_ix ON accounting_invoice (organization_id, issue_date);

-- line_no is the line's place on the invoice, from 0. net = quantity x unit_price and tax = net x tax_rate / 100, each
-- rounded to the currency's minor unit (HALF_UP); total = net + tax. aircraft_id names the fleet aircraft a line
-- charges for (the monthly summary's per-aircraft revenue).
CREATE TABLE accounting_invoice_line (
    invoice_id  UUID NOT NULL REFERENCES accounting_invoice (id) ON DELETE CASCADE,
    line_no     INT NOT NULL,
    description VARCHAR(200) NOT NULL,
    quantity    NUMERIC(12, 4) NOT NULL,
    unit_price  NUMERIC(14, 3) NOT NULL,
    tax_rate    NUMERIC(5, 2) NOT NULL,
    net         NUMERIC(14, 3) NOT NULL,
    tax         NUMERIC(14, 3) NOT NULL,
    total       NUMERIC(14, 3) NOT NULL,
    aircraft_id UUID,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE accounting_invoice_counter (
    organization_id UUID NOT NULL,
    invoice_year    INT NOT NULL,
    last_number     INT NOT NULL,
    PRIMARY KEY (organization_id, invoice_year)
);

-- What an invoice drafted from a flight charges for instruction: a default per organization and an optional rate per
-- instructor; and the tax rate its lines get.
CREATE TABLE accounting_settings (
    organization_id        UUID PRIMARY KEY,
    instructor_hourly_rate NUMERIC(14, 3),
    currency               VARCHAR(3) NOT NULL,
    default_tax_rate       NUMERIC(5, 2) NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE accounting_instructor_rate (
    organization_id UUID NOT NULL,
    instructor_id   UUID NOT NULL,
    hourly_rate     NUMERIC(14, 3) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, instructor_id)
);

-- An organization's expenses; aircraft_id optionally ties one to a fleet aircraft.
CREATE TABLE accounting_expense (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    category        VARCHAR(20) NOT NULL,
    amount          NUMERIC(14, 3) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    expense_date    DATE NOT NULL,
    aircraft_id     UUID,
    note            VARCHAR(500),
    created_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX accounting_expense_date_ix ON accounting_expense (organization_id, expense_date);
