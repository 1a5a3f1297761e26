package aero.hobbs.accounts;

/** A key just created: {@code key} is the secret, returned this once and never again. */
public record CreatedApiKey(ApiKeySummary summary, String key) {
}
