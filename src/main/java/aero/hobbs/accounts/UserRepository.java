package aero.hobbs.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

	Optional<User> findByEmailNormalized(String emailNormalized);

}
