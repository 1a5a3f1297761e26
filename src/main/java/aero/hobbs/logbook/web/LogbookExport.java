package aero.hobbs.logbook.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSV export: seed 000's 64 columns by wire name, in their order, one flight per
 * line, oldest first, in the wire units (minutes, HH:MM, YYYY-MM-DD). Streamed, so a
 * large logbook is never held in memory.
 */
@Controller
class LogbookExport {

	static final String HEADER = FlightColumn.SYNCABLE.stream()
		.map(FlightColumn::wireName)
		.collect(Collectors.joining(","));

	private final Logbook logbook;

	private final Clock clock;

	LogbookExport(Logbook logbook, Clock clock) {
		this.logbook = logbook;
		this.clock = clock;
	}

	@GetMapping("/logbook/export.csv")
	void export(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition",
				"attachment; filename=\"hobbs-logbook-" + LocalDate.now(clock) + ".csv\"");
		Writer out = response.getWriter();
		out.write(HEADER);
		out.write("\r\n");
		logbook.forEachFlight(user.id(), flight -> line(out, flight));
		out.flush();
	}

	private static void line(Writer out, FlightValues flight) {
		try {
			boolean first = true;
			for (FlightColumn column : FlightColumn.SYNCABLE) {
				if (!first) {
					out.write(',');
				}
				first = false;
				Object value = flight.get(column);
				if (value != null) {
					out.write(field(column, value.toString()));
				}
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * RFC 4180 quoting; text that a spreadsheet would run as a formula (starting with =,
	 * + or @) gets a leading apostrophe, so opening an export cannot execute anything.
	 */
	static String field(FlightColumn column, String value) {
		String text = value;
		boolean isText = column.kind() == FlightColumn.Kind.TEXT || column.kind() == FlightColumn.Kind.LONG_TEXT;
		if (isText && !text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
