package aero.hobbs.myflightbook.web;

import java.net.URI;
import java.time.Clock;

import aero.hobbs.myflightbook.client.MyFlightbookConnection;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.web.SignedInUser;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The browser side of connecting MyFlightbook (seed 002): sends the signed-in pilot to
 * MyFlightbook's consent page with a one-time {@code state} bound to the session, takes
 * the code back on the callback, and disconnects. Every outcome lands on the logbook page
 * with a notice or a problem; the card there shows the connection.
 */
@Controller
@RequestMapping("/api/integrations/myflightbook")
class MyFlightbookIntegrationController {

	static final String NOT_VERIFIED = "The MyFlightbook sign-in could not be verified; start again.";

	private final MyFlightbookConnection connection;

	private final Clock clock;

	MyFlightbookIntegrationController(MyFlightbookConnection connection, Clock clock) {
		this.connection = connection;
		this.clock = clock;
	}

	@GetMapping("/authorize")
	String authorize(@AuthenticationPrincipal SignedInUser pilot, HttpSession session, RedirectAttributes redirect) {
		if (!connection.available()) {
			redirect.addFlashAttribute("problem", MyFlightbookCardPages.NOT_CONFIGURED);
			return "redirect:/logbook";
		}
		URI callback = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/integrations/myflightbook/callback")
			.build()
			.toUri();
		PendingAuthorization pending = PendingAuthorization.start(pilot.id(), clock.instant(), callback);
		session.setAttribute(PendingAuthorization.SESSION_ATTRIBUTE, pending);
		return "redirect:" + connection.authorizationUrl(callback, pending.state());
	}

	@GetMapping("/callback")
	String callback(@AuthenticationPrincipal SignedInUser pilot, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(name = "error_description", required = false) @Nullable String errorDescription,
			HttpSession session, RedirectAttributes redirect) {
		// one use: whatever came back, this flow is over
		PendingAuthorization pending = (PendingAuthorization) session
			.getAttribute(PendingAuthorization.SESSION_ATTRIBUTE);
		session.removeAttribute(PendingAuthorization.SESSION_ATTRIBUTE);
		if (error != null) {
			// MyFlightbook sends its own text ("User did not authorize you"), not only
			// RFC codes
			redirect.addFlashAttribute("problem", "MyFlightbook was not connected: "
					+ shortened(errorDescription != null && !errorDescription.isBlank() ? errorDescription : error));
			return "redirect:/logbook";
		}
		if (pending == null || state == null || code == null || code.isBlank()
				|| !pending.matches(state, pilot.id(), clock.instant())) {
			redirect.addFlashAttribute("problem", NOT_VERIFIED);
			return "redirect:/logbook";
		}
		try {
			connection.connect(pilot.id(), code, pending.redirectUri());
			redirect.addFlashAttribute("notice", "MyFlightbook is connected. Hobbs reads your flights, aircraft,"
					+ " currency and totals from it and never writes to it.");
		}
		catch (UpstreamFailure e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/logbook";
	}

	@PostMapping("/disconnect")
	String disconnect(@AuthenticationPrincipal SignedInUser pilot, RedirectAttributes redirect) {
		connection.disconnect(pilot.id());
		redirect.addFlashAttribute("notice", "MyFlightbook is disconnected; Hobbs deleted its tokens. Flights"
				+ " already imported stay in your logbook.");
		return "redirect:/logbook";
	}

	private static String shortened(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.length() <= 200 ? line : line.substring(0, 200) + "…";
	}

}
