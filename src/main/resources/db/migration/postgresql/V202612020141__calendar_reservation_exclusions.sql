-- The database itself refuses overlapping live reservations: of one aircraft, and of one instructor (across aircraft).
-- Ranges are half-open, so a reservation ending at 10:00 and one starting at 10:00 do not overlap. btree_gist (shipped
-- with PostgreSQL's contrib, trusted since PostgreSQL 13) lets a GiST index compare the UUID with =; creating it needs
-- the CREATE privilege on the database, or a superuser who created it beforehand (docs/calendar.md).
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE calendar_reservation ADD CONSTRAINT calendar_reservation_aircraft_overlap_ex
    EXCLUDE USING gist (aircraft_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (cancelled_at IS NULL);

ALTER TABLE calendar_reservation ADD CONSTRAINT calendar_reservation_instructor_overlap_ex
    EXCLUDE USING gist (instructor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (cancelled_at IS NULL AND instructor_id IS NOT NULL);
