package aero.hobbs.airports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CustomAirportRepository extends ListCrudRepository<CustomAirport, UUID> {

	List<CustomAirport> findByOwnerIdOrderByCode(UUID ownerId);

	Optional<CustomAirport> findByIdAndOwnerId(UUID id, UUID ownerId);

	Optional<CustomAirport> findByOwnerIdAndCode(UUID ownerId, String code);

}
