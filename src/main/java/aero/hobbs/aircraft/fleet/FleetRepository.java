package aero.hobbs.aircraft.fleet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FleetRepository extends ListCrudRepository<FleetAircraft, UUID> {

	List<FleetAircraft> findByOrganizationIdOrderByRegistration(UUID organizationId);

	Optional<FleetAircraft> findByIdAndOrganizationId(UUID id, UUID organizationId);

	Optional<FleetAircraft> findByOrganizationIdAndRegistrationNormalized(UUID organizationId, String normalized);

	/** Locks the aircraft's row until the transaction ends (status changes, bookings). */
	@Query("SELECT id FROM fleet_aircraft WHERE id = :id AND organization_id = :organizationId FOR UPDATE")
	Optional<UUID> lock(UUID id, UUID organizationId);

}
