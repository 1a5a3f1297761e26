package aero.hobbs.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform admin's bearer token ({@code HOBBS_ADMIN_TOKEN}; without one the admin API
 * answers 401) and the emails of the users who may open the admin pages
 * ({@code HOBBS_ADMIN_EMAILS}, comma-separated).
 */
@ConfigurationProperties("hobbs.admin")
record AdminProperties(@Nullable String token, @DefaultValue List<String> emails) {
}
