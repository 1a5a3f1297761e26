/**
 * Users, sign-up and sign-in, password hashing, personal API keys and the admin API for
 * users. Implements the shared API-key verifier so that the security chains can
 * authenticate a bearer key without knowing where keys live.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "shared :: web" })
@NullMarked
package aero.hobbs.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
