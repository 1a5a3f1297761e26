/**
 * Organizations, memberships, roles, API access plans and OAuth client registrations.
 * (Issue 5; empty so far.)
 */
@ApplicationModule(displayName = "Organizations", allowedDependencies = { "accounts", "shared" })
@NullMarked
package aero.hobbs.organizations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
