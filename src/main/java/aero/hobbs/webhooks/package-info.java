/**
 * Subscriptions, signed deliveries, retries and the delivery log. (Issue 6; empty so
 * far.)
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = { "organizations", "shared" })
@NullMarked
package aero.hobbs.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
