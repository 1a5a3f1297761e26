package aero.hobbs.logbook.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import aero.hobbs.logbook.FlightColumn;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Describes the flight attributes in the OpenAPI document from {@link FlightColumn}, so
 * the document lists every column with its type and unit and cannot drift from the code.
 */
@Component
class FlightLogSchemas implements OpenApiCustomizer {

	static final String ATTRIBUTES = "#/components/schemas/FlightLogAttributes";
	static final String DOCUMENT = "#/components/schemas/FlightLogDocument";
	static final String LIST = "#/components/schemas/FlightLogList";

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> properties = new LinkedHashMap<>();
		for (FlightColumn column : FlightColumn.values()) {
			properties.put(column.wireName(), schema(column));
		}
		Schema<?> attributes = new ObjectSchema().properties(properties)
			.description("A flight's columns: seed 000's 64 syncable columns, then MyFlightbook's extra fields. "
					+ "Times are HH:MM UTC, durations whole minutes, dates YYYY-MM-DD.");
		Map<String, Schema> read = new LinkedHashMap<>(properties);
		read.put("aircraft_id",
				new Schema<>().type("string")
					.format("uuid")
					.nullable(true)
					.description("The pilot's aircraft whose registration the flight names"));
		read.put("organization_id",
				new Schema<>().type("string")
					.format("uuid")
					.nullable(true)
					.description("The organization the flight was recorded in, if any"));
		read.put("source",
				new Schema<>().type("string")
					.example("manual")
					.description("manual, connector:<id>, myflightbook or csv"));
		read.put("source_id", new Schema<>().type("string").nullable(true).description("The source's stable id"));
		read.put("imported_at", new Schema<>().type("string").format("date-time").nullable(true));
		read.put("created_at", new Schema<>().type("string").format("date-time"));
		read.put("updated_at", new Schema<>().type("string").format("date-time"));
		Schema<?> resource = new ObjectSchema().addProperty("id", new Schema<>().type("string").format("uuid"))
			.addProperty("type", new Schema<>().type("string").example("flight_log"))
			.addProperty("attributes", new ObjectSchema().properties(read));
		openApi.getComponents().addSchemas("FlightLogAttributes", attributes);
		organizationSchemas(openApi, properties, read);
		openApi.getComponents().addSchemas("FlightLog", resource);
		openApi.getComponents()
			.addSchemas("FlightLogDocument",
					new ObjectSchema().addProperty("data", new Schema<>().$ref("#/components/schemas/FlightLog")));
		openApi.getComponents()
			.addSchemas("FlightLogList", new ObjectSchema()
				.addProperty("data", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FlightLog")))
				.addProperty("links", new Schema<>().$ref("#/components/schemas/Links"))
				.addProperty("meta", new Schema<>().$ref("#/components/schemas/Meta")));
	}

	static final String ORGANIZATION_ATTRIBUTES = "#/components/schemas/OrganizationFlightLogAttributes";
	static final String ORGANIZATION_DOCUMENT = "#/components/schemas/OrganizationFlightLogDocument";
	static final String ORGANIZATION_LIST = "#/components/schemas/OrganizationFlightLogList";

	/**
	 * A flight in an organization: the same columns plus the fleet aircraft, the pilot
	 * and the instructor.
	 */
	private static void organizationSchemas(OpenAPI openApi, Map<String, Schema> columns, Map<String, Schema> read) {
		Schema<?> uuid = new Schema<>().type("string").format("uuid");
		Map<String, Schema> written = new LinkedHashMap<>();
		written.put("aircraft_id",
				new Schema<>().type("string")
					.format("uuid")
					.description("The organization's fleet aircraft; its registration and type go on the flight"));
		written.put("instructor_id",
				new Schema<>().type("string")
					.format("uuid")
					.nullable(true)
					.description("A member whose role is instructor, admin or owner"));
		written.putAll(columns);
		Map<String, Schema> answered = new LinkedHashMap<>(read);
		answered.putAll(written);
		answered.put("organization_id", uuid);
		answered.put("pilot_id", uuid);
		answered.put("pilot_name", new Schema<>().type("string"));
		answered.put("instructor_name", new Schema<>().type("string").nullable(true));
		openApi.getComponents()
			.addSchemas("OrganizationFlightLogAttributes",
					new ObjectSchema().properties(written)
						.description("A flight logged in an organization's aircraft: aircraft_id (required to log), "
								+ "instructor_id, and the flight's columns as /v1/me/flight-logs takes them"));
		openApi.getComponents()
			.addSchemas("OrganizationFlightLog",
					new ObjectSchema().addProperty("id", uuid)
						.addProperty("type", new Schema<>().type("string").example("flight_log"))
						.addProperty("attributes", new ObjectSchema().properties(answered)));
		openApi.getComponents()
			.addSchemas("OrganizationFlightLogDocument", new ObjectSchema().addProperty("data",
					new Schema<>().$ref("#/components/schemas/OrganizationFlightLog")));
		openApi.getComponents()
			.addSchemas("OrganizationFlightLogList",
					new ObjectSchema()
						.addProperty("data",
								new ArraySchema()
									.items(new Schema<>().$ref("#/components/schemas/OrganizationFlightLog")))
						.addProperty("links", new Schema<>().$ref("#/components/schemas/Links"))
						.addProperty("meta", new Schema<>().$ref("#/components/schemas/Meta")));
	}

	private static Schema<?> schema(FlightColumn column) {
		Schema<?> schema = switch (column.kind()) {
			case DATE -> new Schema<>().type("string").format("date").example("2026-05-01");
			case TIME -> new Schema<>().type("string")
				.pattern("^([01]\\d|2[0-3]):[0-5]\\d$")
				.example("09:10")
				.description("HH:MM, UTC");
			case MINUTES -> new Schema<>().type("integer")
				.minimum(BigDecimal.ZERO)
				.maximum(BigDecimal.valueOf(2880))
				.description("minutes");
			case COUNT -> new Schema<>().type("integer").minimum(BigDecimal.ZERO);
			case LATITUDE -> new Schema<>().type("number")
				.minimum(BigDecimal.valueOf(-90))
				.maximum(BigDecimal.valueOf(90))
				.description("decimal degrees; filled from the airport");
			case LONGITUDE -> new Schema<>().type("number")
				.minimum(BigDecimal.valueOf(-180))
				.maximum(BigDecimal.valueOf(180))
				.description("decimal degrees; filled from the airport");
			case AIRPORT -> new Schema<>().type("string")
				.maxLength(10)
				.example("CYTZ")
				.description("ICAO, IATA or FAA code of a known airport; stored as its ICAO/GPS code");
			case TEXT -> new Schema<>().type("string").maxLength(200);
			case LONG_TEXT -> new Schema<>().type("string").maxLength(4000);
			case JSON -> new ObjectSchema().description("kept verbatim");
		};
		if (column == FlightColumn.FLIGHT_RULES) {
			schema.description("VFR, IFR, SVFR, Y or Z");
		}
		schema.nullable(true);
		return schema;
	}

}
