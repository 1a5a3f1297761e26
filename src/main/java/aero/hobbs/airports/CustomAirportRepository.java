package aero.hobbs.airports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CustomAirportRepository extends ListCrudRepository<CustomAirport, UUID> {

	List<CustomAirport> findByOwnerIdOrderByCode(UUID ownerId);

	Optional<CustomAirport> findByIdAndOwnerId(UUID id, UUID ownerId);

	// a derived query builds its SQL on every call; this one runs per airport looked up
	@Query("SELECT * FROM airports_custom WHERE owner_id = :ownerId AND code = :code")
	Optional<CustomAirport> findByOwnerIdAndCode(UUID ownerId, String code);

}
