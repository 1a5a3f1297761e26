package aero.hobbs.calendar.web;

import java.util.Map;
import java.util.UUID;

import aero.hobbs.calendar.CalendarEvents;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}/calendar/events")
@Tag(name = "Calendar", description = "An organization's events, aircraft reservations and iCalendar feed")
@SecurityRequirement(name = "apiKey")
class CalendarEventController {

	private final CalendarEvents events;

	CalendarEventController(CalendarEvents events) {
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "List events by start; from/to filter on the start date in the organization's time zone")
	@RequiresPermission(Permission.CALENDAR_VIEW)
	ApiList<EventResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "ground_school, meeting, exam, maintenance or other") @RequestParam(
					required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(name = "per_page", required = false) @Nullable Integer perPage) {
		PageQuery query = PageQuery.of(page, perPage);
		CalendarEvents.EventPage found = events.list(new OrganizationId(orgId), user.id(), from, to, kind,
				query.offset(), query.perPage());
		return ApiList.of(query, found.events(), found.total(), EventResource::of);
	}

	@GetMapping("/{eventId}")
	@Operation(summary = "One event")
	@RequiresPermission(Permission.CALENDAR_VIEW)
	ApiDocument<EventResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID eventId) {
		return new ApiDocument<>(EventResource.of(events.find(new OrganizationId(orgId), user.id(), eventId)));
	}

	@PostMapping
	@Operation(summary = "Schedule an event")
	@RequiresPermission(Permission.CALENDAR_MANAGE)
	ResponseEntity<ApiDocument<EventResource>> create(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody(required = false) @Nullable EventRequest request) {
		EventRequest body = request == null ? new EventRequest(null, null, null, null, null, null, null) : request;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(
					EventResource.of(events.schedule(new OrganizationId(orgId), user.id(), body.details()))));
	}

	@PatchMapping("/{eventId}")
	@Operation(summary = "Change some of an event's attributes; an optional attribute sent as null is cleared",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = EventRequest.class))))
	@RequiresPermission(Permission.CALENDAR_MANAGE)
	ApiDocument<EventResource> change(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID eventId, @RequestBody(required = false) @Nullable Map<String, Object> body) {
		return new ApiDocument<>(EventResource.of(events.change(new OrganizationId(orgId), user.id(), eventId,
				body == null ? Map.of() : Attributes.of(body))));
	}

	@DeleteMapping("/{eventId}")
	@Operation(summary = "Delete an event")
	@RequiresPermission(Permission.CALENDAR_MANAGE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID eventId) {
		events.delete(new OrganizationId(orgId), user.id(), eventId);
		return ResponseEntity.noContent().build();
	}

}
