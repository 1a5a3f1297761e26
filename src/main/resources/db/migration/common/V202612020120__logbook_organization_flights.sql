-- A flight may be recorded in an organization (organization_id, already there since the first logbook migration):
-- flown in one of its fleet aircraft (fleet_aircraft_id), optionally under one of its instructors (instructor_id, a
-- user id). The flight stays in the pilot's logbook; these columns let the organization see it. No foreign keys: the
-- fleet and the members belong to other modules.
ALTER TABLE logbook_flight ADD COLUMN fleet_aircraft_id UUID;
ALTER TABLE logbook_flight ADD COLUMN instructor_id UUID;

-- an organization's flights, newest first, as its flight list pages them
CREATE INDEX logbook_flight_organization_ix ON logbook_flight (organization_id, flight_date DESC, created_at DESC, id DESC);
