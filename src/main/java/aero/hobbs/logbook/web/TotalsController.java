package aero.hobbs.logbook.web;

import java.util.LinkedHashMap;
import java.util.Map;

import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.Totals;
import aero.hobbs.logbook.TotalsRow;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Flight logs")
@SecurityRequirement(name = "apiKey")
class TotalsController {

	private final Logbook logbook;

	TotalsController(Logbook logbook) {
		this.logbook = logbook;
	}

	@GetMapping("/v1/me/totals")
	@Operation(summary = "Lifetime and trailing-12-month totals (minutes, counts)")
	ApiDocument<TotalsResource> totals(@AuthenticationPrincipal SignedInUser user) {
		Totals totals = logbook.totals(user.id());
		return ApiDocument.of(user.id().toString(), "totals", new TotalsResource(row(totals.lifetime()),
				row(totals.last12Months()), totals.since().plusDays(1).toString()));
	}

	record TotalsResource(Map<String, Long> lifetime, @JsonProperty("last_12_months") Map<String, Long> last12Months,
			@JsonProperty("last_12_months_from") String last12MonthsFrom) {
	}

	private static Map<String, Long> row(TotalsRow row) {
		Map<String, Long> map = new LinkedHashMap<>();
		map.put("flights", row.flights());
		map.put("block_time_minutes", row.block());
		map.put("pic_time_minutes", row.pilotInCommand());
		map.put("sic_time_minutes", row.secondInCommand());
		map.put("night_minutes", row.night());
		map.put("ifr_minutes", row.ifr());
		map.put("dual_received_minutes", row.dualReceived());
		map.put("instruction_given_minutes", row.instructionGiven());
		map.put("landings", row.landings());
		map.put("instrument_approaches_count", row.approaches());
		return map;
	}

}
