-- Currency items as a source (MyFlightbook) reported them; each import replaces the source's items for the pilot.
CREATE TABLE currency_item (
    pilot_id    UUID NOT NULL,
    source      VARCHAR(100) NOT NULL,
    position    INTEGER NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    label       VARCHAR(1000) NOT NULL,
    scope       VARCHAR(200),
    status      VARCHAR(20) NOT NULL,
    expires     DATE,
    discrepancy VARCHAR(1000),
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pilot_id, source, position)
);
