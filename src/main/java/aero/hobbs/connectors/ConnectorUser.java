package aero.hobbs.connectors;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One registration of an allowed user of a connector: from {@code registeredAt} until
 * {@code removedAt} (null while it lasts). The access token is kept sealed.
 */
record ConnectorUser(UUID id, long connectorId, String email, String tokenSealed, Instant registeredAt,
		Instant refreshedAt, @Nullable Instant removedAt, @Nullable Instant checkedAt, @Nullable Boolean checkOk,
		@Nullable String checkMessage, @Nullable Instant syncedAt) {

	boolean active() {
		return removedAt == null;
	}

}
