package aero.hobbs.aircraft.fleet;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FleetStatusChangeRepository extends ListCrudRepository<FleetStatusChange, UUID> {

	List<FleetStatusChange> findByAircraftIdAndOrganizationIdOrderByChangedAtDesc(UUID aircraftId, UUID organizationId);

}
