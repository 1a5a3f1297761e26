package aero.hobbs.airports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CustomAirportRepository extends ListCrudRepository<CustomAirport, UUID> {

	@Query("SELECT * FROM airports_custom WHERE owner_id = :ownerId ORDER BY code")
	List<CustomAirport> findByOwnerIdOrderByCode(UUID ownerId);

	Optional<CustomAirport> findByIdAndOwnerId(UUID id, UUID ownerId);

	// derived queries build their SQL on every call; these run for every page an import
	// stores and every airport looked up
	@Query("SELECT * FROM airports_custom WHERE owner_id = :ownerId AND code = :code")
	Optional<CustomAirport> findByOwnerIdAndCode(UUID ownerId, String code);

}
