-- The flight number (airline or charter, e.g. LH400), which MyFlightbook carries as a well-known property (156).
ALTER TABLE logbook_flight ADD COLUMN flight_number VARCHAR(200);
