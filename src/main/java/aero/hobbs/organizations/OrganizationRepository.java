package aero.hobbs.organizations;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

	/**
	 * Locks the organization's row until the transaction ends, so that changes to who
	 * owns it (the last owner's leaving, a demotion) happen one at a time.
	 */
	@Query("SELECT id FROM organization WHERE id = :id FOR UPDATE")
	Optional<UUID> lock(UUID id);

}
