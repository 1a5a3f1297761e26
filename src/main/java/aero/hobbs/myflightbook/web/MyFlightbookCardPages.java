package aero.hobbs.myflightbook.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import aero.hobbs.myflightbook.client.MyFlightbookAccount;
import aero.hobbs.myflightbook.client.MyFlightbookConnection;
import aero.hobbs.myflightbook.MyFlightbookSync;
import aero.hobbs.myflightbook.SyncJob;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MyFlightbook card on the logbook page, an htmx fragment so the logbook module does
 * not depend on this one: not configured, connect, connected (with disconnect), or
 * reconnect when the stored access token has expired and there is no refresh token.
 */
@Controller
class MyFlightbookCardPages {

	static final String NOT_CONFIGURED = "MyFlightbook import is not configured on this server"
			+ " (MFB_CLIENT_ID, MFB_CLIENT_SECRET).";

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final MyFlightbookConnection connection;

	private final MyFlightbookSync sync;

	private final Clock clock;

	MyFlightbookCardPages(MyFlightbookConnection connection, MyFlightbookSync sync, Clock clock) {
		this.connection = connection;
		this.sync = sync;
		this.clock = clock;
	}

	@GetMapping("/integrations/myflightbook/card")
	String card(@AuthenticationPrincipal SignedInUser pilot, Model model) {
		Optional<MyFlightbookAccount> account = connection.find(pilot.id());
		model.addAttribute("configured", connection.available());
		model.addAttribute("notConfigured", NOT_CONFIGURED);
		model.addAttribute("account", account.orElse(null));
		model.addAttribute("connectedSince", account.map(a -> SINCE.format(a.connectedAt())).orElse(null));
		model.addAttribute("reconnect",
				account.filter(a -> !a.renewable() && !a.accessTokenExpiresAt().isAfter(clock.instant())).isPresent());
		model.addAttribute("sync", account.flatMap(a -> sync.latest(pilot.id())).orElse(null));
		model.addAttribute("found", account.flatMap(a -> sync.latestAccountCounts(pilot.id())).orElse(null));
		return "myflightbook/card :: card";
	}

	/**
	 * The card's "Sync now": enqueues one job (or finds the active one) and returns at
	 * once.
	 */
	@PostMapping("/integrations/myflightbook/sync")
	String syncNow(@AuthenticationPrincipal SignedInUser pilot, RedirectAttributes redirect) {
		SyncJob job = sync.enqueue(pilot.id());
		redirect.addFlashAttribute("notice",
				job.status() == SyncJob.Status.RUNNING ? "A MyFlightbook import is already running."
						: "MyFlightbook import started; it runs in the background.");
		return "redirect:/logbook";
	}

}
