package aero.hobbs.aircraft;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AircraftRepository extends ListCrudRepository<Aircraft, UUID> {

	// derived queries build their SQL on every call; these two run for every page an
	// import stores and every flight logged
	@Query("SELECT * FROM aircraft WHERE owner_id = :ownerId ORDER BY registration")
	List<Aircraft> findByOwnerIdOrderByRegistration(UUID ownerId);

	Optional<Aircraft> findByIdAndOwnerId(UUID id, UUID ownerId);

	@Query("SELECT * FROM aircraft WHERE owner_id = :ownerId AND registration_normalized = :registrationNormalized")
	Optional<Aircraft> findByOwnerIdAndRegistrationNormalized(UUID ownerId, String registrationNormalized);

}
