package aero.hobbs.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users up, changes their passwords, and answers who a user is. */
@Service
public class Accounts {

	static final int MIN_PASSWORD_LENGTH = 10;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final UserRepository users;

	private final JdbcAggregateTemplate aggregates;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(UserRepository users, JdbcAggregateTemplate aggregates, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.aggregates = aggregates;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** Creates an account; the email is unique regardless of letter case. */
	@Transactional
	public Account signUp(String email, String password, String name) {
		String trimmedEmail = email == null ? "" : email.trim();
		String trimmedName = name == null ? "" : name.trim();
		List<FieldIssue> issues = new ArrayList<>();
		if (!EMAIL.matcher(trimmedEmail).matches() || trimmedEmail.length() > 254) {
			issues.add(new FieldIssue("email", "Enter a valid email address, like pilot@example.com"));
		}
		passwordIssue("password", password).ifPresent(issues::add);
		if (trimmedName.isEmpty() || trimmedName.length() > 200) {
			issues.add(new FieldIssue("name", "Enter your name (up to 200 characters)"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		String normalized = normalize(trimmedEmail);
		if (users.findByEmailNormalized(normalized).isPresent()) {
			throw new Conflict("email", "An account with this email already exists");
		}
		User user = aggregates.insert(new User(UUID.randomUUID(), trimmedEmail, normalized, trimmedName,
				passwords.encode(password), clock.instant()));
		return Account.of(user);
	}

	@Transactional
	public void changePassword(UserId id, String currentPassword, String newPassword) {
		User user = users.findById(id.value()).orElseThrow(() -> new NotFound("User"));
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw new InvalidInput("current_password", "The current password is not correct");
		}
		passwordIssue("new_password", newPassword).ifPresent(issue -> {
			throw new InvalidInput(List.of(issue));
		});
		users.save(user.withPasswordHash(passwords.encode(newPassword)));
	}

	/** The account with this email, compared case-insensitively. */
	public java.util.Optional<Account> findByEmail(String email) {
		return users.findByEmailNormalized(normalize(email)).map(Account::of);
	}

	public Account find(UserId id) {
		return users.findById(id.value()).map(Account::of).orElseThrow(() -> new NotFound("User"));
	}

	/** The accounts among these ids, by id; unknown ids are left out. */
	public Map<UserId, Account> findAll(Collection<UserId> ids) {
		Map<UserId, Account> found = new HashMap<>();
		users.findAllById(ids.stream().map(UserId::value).toList())
			.forEach(user -> found.put(new UserId(user.id()), Account.of(user)));
		return found;
	}

	/** The email as accounts compare it: trimmed, lower case. */
	public static String normalizeEmail(String email) {
		return normalize(email);
	}

	/** Whether this looks like an email address Hobbs accepts for an account. */
	public static boolean isEmail(String email) {
		return email != null && email.trim().length() <= 254 && EMAIL.matcher(email.trim()).matches();
	}

	public List<Account> list() {
		return users.findAll().stream().map(Account::of).toList();
	}

	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static java.util.Optional<FieldIssue> passwordIssue(String field, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			return java.util.Optional
				.of(new FieldIssue(field, "Use at least " + MIN_PASSWORD_LENGTH + " characters for the password"));
		}
		if (password.length() > 200) {
			return java.util.Optional.of(new FieldIssue(field, "Use at most 200 characters for the password"));
		}
		return java.util.Optional.empty();
	}

}
