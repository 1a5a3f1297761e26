package aero.hobbs.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ApiKeyRepository extends ListCrudRepository<ApiKey, UUID> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	List<ApiKey> findByUserIdOrderByCreatedAtDesc(UUID userId);

	Optional<ApiKey> findByIdAndUserId(UUID id, UUID userId);

}
