package aero.hobbs.connectors.web;

import java.util.ArrayList;
import java.util.List;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.EmailImport;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.PartnerApi;
import aero.hobbs.shared.web.PartnerPrincipal;
import aero.hobbs.shared.web.PayloadTooLarge;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Direction 1 of seed 000: the partner's server pushes the emails allowed to sync, with
 * its connector API key, and stores the access token returned for each.
 */
@RestController
@PartnerApi
@Tag(name = "Partner connectors", description = "The ProLogbooks-compatible partner endpoint (connector API key)")
@SecurityRequirement(name = "connectorKey")
class ImportEmailsController {

	private final AllowedUsers allowedUsers;

	private final JsonMapper json;

	ImportEmailsController(AllowedUsers allowedUsers, JsonMapper json) {
		this.allowedUsers = allowedUsers;
		this.json = json;
	}

	@PostMapping({ "/api/v1/connectors/import-emails.php", "/api/v1/connectors/import-emails" })
	@Operation(summary = "Add or refresh allowed users (emails) and remove others (remove_emails), all or nothing",
			description = "Items of emails and remove_emails are strings or {\"email\": ...} objects. Emails are"
					+ " trimmed and compared case-insensitively; duplicates count once; invalid ones are listed in"
					+ " invalid_emails. An email in both lists is removed. At most 10,000 emails per call (413).")
	ImportEmailsResponse importEmails(@AuthenticationPrincipal PartnerPrincipal partner,
			@RequestBody(required = false) @Nullable String body) throws PayloadTooLarge {
		JsonNode request = parse(body);
		List<String> emails = emails(request, "emails");
		List<String> removeEmails = emails(request, "remove_emails");
		if (emails.size() + removeEmails.size() > AllowedUsers.MAX_EMAILS) {
			throw new PayloadTooLarge("Too many emails in one call: " + (emails.size() + removeEmails.size())
					+ "; send at most " + AllowedUsers.MAX_EMAILS + " (both lists together) per request");
		}
		return ImportEmailsResponse.of(allowedUsers.importEmails(partner.connectorId(), emails, removeEmails));
	}

	private JsonNode parse(@Nullable String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body",
					"The request body is empty; send a JSON object with \"emails\" and/or \"remove_emails\"");
		}
		JsonNode request;
		try {
			request = json.readTree(body);
		}
		catch (JacksonException e) {
			String where = e.getLocation() == null ? ""
					: " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
			throw new InvalidInput("body", "Malformed JSON" + where);
		}
		if (request == null || !request.isObject()) {
			throw new InvalidInput("body",
					"The request body must be a JSON object with \"emails\" and/or" + " \"remove_emails\"");
		}
		if (!request.has("emails") && !request.has("remove_emails")) {
			throw new InvalidInput("body", "Send \"emails\" (to add or refresh) and/or \"remove_emails\" (to remove)");
		}
		return request;
	}

	private static List<String> emails(JsonNode request, String field) {
		JsonNode list = request.get(field);
		if (list == null || list.isNull()) {
			return List.of();
		}
		if (!list.isArray()) {
			throw new InvalidInput(field, "Must be an array of email strings or {\"email\": \"...\"} objects");
		}
		List<String> emails = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			JsonNode item = list.get(i);
			if (item.isString()) {
				emails.add(item.asString());
			}
			else if (item.isObject() && item.get("email") != null && item.get("email").isString()) {
				emails.add(item.get("email").asString());
			}
			else {
				throw new InvalidInput(field + "[" + i + "]",
						"Must be an email string or an object {\"email\": \"...\"}");
			}
		}
		return emails;
	}

	/** The seed's answer, member for member and in its order. */
	record ImportEmailsResponse(String message, ConnectorSummary connector, EmailImport.Summary summary,
			List<EmailImport.ImportedEmail> importedEmails, List<String> invalidEmails) {

		static ImportEmailsResponse of(EmailImport result) {
			return new ImportEmailsResponse("Connector email list imported.",
					new ConnectorSummary(result.connector().key(), result.connector().id(), result.connector().name(),
							result.connector().accessPlan()),
					result.summary(), result.importedEmails(), result.invalidEmails());
		}

	}

	record ConnectorSummary(String key, long id, String name, int accessPlan) {
	}

}
