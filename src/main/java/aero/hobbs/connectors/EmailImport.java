package aero.hobbs.connectors;

import java.util.List;

/**
 * What an {@code import-emails} call did, in the seed's terms: {@code received_*} count
 * the items as sent, {@code accepted_*} the distinct valid emails, {@code inserted} the
 * new registrations, {@code updated} the refreshed ones, {@code deleted} the ended ones.
 */
public record EmailImport(Connector connector, Summary summary, List<ImportedEmail> importedEmails,
		List<String> invalidEmails) {

	public record Summary(int receivedImport, int receivedRemove, int acceptedImport, int acceptedRemove, int inserted,
			int updated, int deleted, int invalid) {
	}

	/**
	 * An allowed user and the token the partner stores; status is inserted or updated.
	 */
	public record ImportedEmail(String email, String accessToken, String status) {
	}

}
