/**
 * OAuth for user-facing applications (seed 001's "OAuth credentials"): organization
 * admins register clients (authorization code with PKCE) on Spring Authorization Server;
 * a member consents to scopes; the opaque access token ({@code hbt_...}, stored as its
 * SHA-256) acts for that member, in that organization only, within {@link OAuthScope}s.
 * Tokens are revocable by the client ({@code /oauth2/revoke}), the member and the
 * organization's admins.
 */
@NullMarked
package aero.hobbs.organizations.oauth;

import org.jspecify.annotations.NullMarked;
