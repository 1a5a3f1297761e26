package aero.hobbs.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Whether outbound calls may reach loopback, private, link-local and other internal
 * addresses ({@code HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS}). Off by default, so that a
 * URL a partner registers cannot point Hobbs at its own network; tests and local demos,
 * whose peers run on the same machine, turn it on.
 */
@ConfigurationProperties("hobbs.outbound")
@Validated
record OutboundProperties(boolean allowPrivateNetworks) {
}
