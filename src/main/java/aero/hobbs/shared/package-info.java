/**
 * Small types every module uses: ids, the base exceptions, the secret box, the guarded
 * outbound HTTP client ({@link aero.hobbs.shared.OutboundHttp}), and the cross-cutting
 * web concerns (security chains, API-key authentication, rate limiting, the JSON envelope
 * and its error rendering, the page layout). Publishes no events.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
@NullMarked
package aero.hobbs.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
