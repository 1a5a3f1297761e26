package aero.hobbs.shared.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's frame: security schemes, the error envelope, paging types, and
 * on every `/v1` operation the error answers it can give and the rate-limit headers every
 * answer carries.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String ERROR = "#/components/schemas/Error";

	private static final String PARTNER_ERROR = "#/components/schemas/PartnerError";

	@Bean
	OpenAPI hobbsOpenApi() {
		return new OpenAPI().info(new Info().title("Hobbs API")
			.version("v1")
			.description(
					"The pilot logbook API. Answers use the envelope {\"data\": {\"id\", \"type\", \"attributes\"}}; "
							+ "lists add \"links\" and \"meta\" for paging (page, per_page up to 100). Errors are "
							+ "{\"error\": {\"code\", \"message\", \"details\": {\"field\", \"issue\"}}}. Request bodies are "
							+ "limited to 1 MB by default (413 beyond).")
			.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("apiKey",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal API key (hbs_...), created in Settings or at /v1/me/api-keys"))
				.addSecuritySchemes("connectorKey",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A connector API key (hbc_...), given to the partner when the connector is"
									+ " created or its key rotated"))
				.addSecuritySchemes("adminToken",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("The platform admin token, HOBBS_ADMIN_TOKEN"))
				.addSchemas("Error", errorSchema())
				.addSchemas("PartnerError",
						new ObjectSchema()
							.addProperty("error", new StringSchema().description("A message safe to show"))
							.description("The partner surface's error (seed 000)"))
				.addSchemas("Links",
						new ObjectSchema().addProperty("self", new StringSchema())
							.addProperty("first", new StringSchema())
							.addProperty("prev", new StringSchema().nullable(true))
							.addProperty("next", new StringSchema().nullable(true))
							.addProperty("last", new StringSchema()))
				.addSchemas("Meta",
						new ObjectSchema().addProperty("page", new IntegerSchema())
							.addProperty("per_page", new IntegerSchema())
							.addProperty("total", new IntegerSchema())
							.addProperty("total_pages", new IntegerSchema())));
	}

	@Bean
	OpenApiCustomizer errorsAndRateLimitHeaders() {
		return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			boolean partner = path.startsWith("/api/v1/connectors/") || path.startsWith("/api/partner-connector-users");
			boolean limited = path.startsWith("/v1/") || path.startsWith("/api/v1/connectors/");
			String schema = partner ? PARTNER_ERROR : ERROR;
			operation.getResponses().forEach((code, response) -> {
				if (limited) {
					rateLimitHeaders(response);
				}
			});
			addError(operation.getResponses(), "400", "Invalid input (validation_error, invalid_json)", limited,
					schema);
			addError(operation.getResponses(), "401", "Missing or invalid credentials (unauthorized)", limited, schema);
			addError(operation.getResponses(), "404", "Not found, or not yours (not_found)", limited, schema);
			addError(operation.getResponses(), "413", "Body over the limit (payload_too_large)", limited, schema);
			if (path.startsWith("/v1/me/connectors/")) {
				addError(operation.getResponses(), "502",
						"The partner's answer failed as a whole (upstream_error); the message names the cause", true,
						schema);
			}
			if (limited) {
				ApiResponse tooMany = addError(operation.getResponses(), "429", "Rate limit exceeded (rate_limited)",
						true, schema);
				tooMany.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
					.description("Seconds until a request will be accepted again"));
			}
		}));
	}

	private static ApiResponse addError(io.swagger.v3.oas.models.responses.ApiResponses responses, String code,
			String description, boolean publicApi, String schema) {
		ApiResponse response = responses.computeIfAbsent(code,
				c -> new ApiResponse().description(description)
					.content(new Content().addMediaType("application/json",
							new MediaType().schema(new Schema<>().$ref(schema)))));
		if (publicApi) {
			rateLimitHeaders(response);
		}
		return response;
	}

	private static void rateLimitHeaders(ApiResponse response) {
		response.addHeaderObject("X-RateLimit-Limit",
				new Header().schema(new IntegerSchema()).description("Requests allowed per hour"));
		response.addHeaderObject("X-RateLimit-Remaining",
				new Header().schema(new IntegerSchema()).description("Requests left in the current window"));
		response.addHeaderObject("X-RateLimit-Reset",
				new Header().schema(new IntegerSchema()).description("When the window resets, in epoch seconds"));
	}

	private static Schema<?> errorSchema() {
		return new ObjectSchema().addProperty("error", new ObjectSchema()
			.addProperty("code",
					new StringSchema()
						._enum(java.util.Arrays.stream(ApiErrorCode.values()).map(ApiErrorCode::wireName).toList()))
			.addProperty("message", new StringSchema())
			.addProperty("details",
					new ObjectSchema().addProperty("field", new StringSchema())
						.addProperty("issue", new StringSchema()))
			.addProperty("errors",
					new io.swagger.v3.oas.models.media.ArraySchema()
						.items(new ObjectSchema().addProperty("field", new StringSchema())
							.addProperty("issue", new StringSchema()))));
	}

}
