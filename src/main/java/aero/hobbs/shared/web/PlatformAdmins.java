package aero.hobbs.shared.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who may open the admin pages: signed-in users whose email is listed in
 * {@code HOBBS_ADMIN_EMAILS}. Pages see it as the model attribute {@code platformAdmin}.
 */
@Component
@ControllerAdvice
public class PlatformAdmins {

	private final Set<String> emails;

	PlatformAdmins(AdminProperties properties) {
		this.emails = properties.emails()
			.stream()
			.map(email -> email.strip().toLowerCase(Locale.ROOT))
			.filter(email -> !email.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean isAdmin(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		if (authentication.getAuthorities().stream().anyMatch(a -> "ROLE_PLATFORM_ADMIN".equals(a.getAuthority()))) {
			return true;
		}
		return authentication.getPrincipal() instanceof SignedInUser user
				&& emails.contains(user.email().toLowerCase(Locale.ROOT));
	}

	@ModelAttribute("platformAdmin")
	boolean platformAdmin(@Nullable Authentication authentication) {
		return isAdmin(authentication);
	}

}
