/**
 * API access for integrators: the plans the platform admin enables per organization (with
 * their hourly limits) and the organization API keys that act in one organization with a
 * chosen role.
 */
@NullMarked
package aero.hobbs.organizations.apiaccess;

import org.jspecify.annotations.NullMarked;
