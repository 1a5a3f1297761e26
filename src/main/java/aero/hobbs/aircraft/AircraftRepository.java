package aero.hobbs.aircraft;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AircraftRepository extends ListCrudRepository<Aircraft, UUID> {

	List<Aircraft> findByOwnerIdOrderByRegistration(UUID ownerId);

	Optional<Aircraft> findByIdAndOwnerId(UUID id, UUID ownerId);

	Optional<Aircraft> findByOwnerIdAndRegistrationNormalized(UUID ownerId, String registrationNormalized);

}
