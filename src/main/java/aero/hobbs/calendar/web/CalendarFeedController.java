package aero.hobbs.calendar.web;

import java.util.UUID;

import aero.hobbs.calendar.CalendarFeeds;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's feed URL under `/v1`, and the feed itself at
 * {@code /calendar/feeds/{token}.ics}, which calendar apps read without a session.
 */
@RestController
@Tag(name = "Calendar")
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	/** The attributes of a {@code calendar_feed}: the secret URL, as https and webcal. */
	record FeedResource(String url, String webcalUrl) {

		static ApiDocument<FeedResource> of(String memberId, String token) {
			String url = feedUrl(token);
			return ApiDocument.of(memberId, "calendar_feed",
					new FeedResource(url, url.replaceFirst("^https?://", "webcal://")));
		}
	}

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/v1/organizations/{orgId}/calendar/feed")
	@Operation(summary = "The caller's iCalendar feed URL (made on first use); anyone holding it can read the feed")
	@SecurityRequirement(name = "apiKey")
	@RequiresPermission(Permission.CALENDAR_VIEW)
	ApiDocument<FeedResource> feed(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId) {
		return FeedResource.of(user.id().toString(), feeds.token(new OrganizationId(orgId), user.id()));
	}

	@PostMapping("/v1/organizations/{orgId}/calendar/feed/reset")
	@Operation(summary = "A new feed URL for the caller; the old one stops working")
	@SecurityRequirement(name = "apiKey")
	@RequiresPermission(Permission.CALENDAR_VIEW)
	ApiDocument<FeedResource> reset(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId) {
		return FeedResource.of(user.id().toString(), feeds.reset(new OrganizationId(orgId), user.id()));
	}

	@Hidden
	@GetMapping("/calendar/feeds/{token}.ics")
	ResponseEntity<String> ics(@PathVariable String token) {
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(feeds.render(token));
	}

	static String feedUrl(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/calendar/feeds/{token}.ics")
			.buildAndExpand(token)
			.toUriString();
	}

}
