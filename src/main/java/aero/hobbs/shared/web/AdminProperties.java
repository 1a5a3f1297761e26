package aero.hobbs.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform admin's bearer token ({@code HOBBS_ADMIN_TOKEN}); without one the admin
 * API answers 401.
 */
@ConfigurationProperties("hobbs.admin")
record AdminProperties(@Nullable String token) {
}
