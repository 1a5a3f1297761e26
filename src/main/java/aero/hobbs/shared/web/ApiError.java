package aero.hobbs.shared.web;

import java.util.List;

import aero.hobbs.shared.FieldIssue;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The `/v1` and admin-API error body (seed 001): {@code {"error": {"code", "message",
 * "details": {"field", "issue"}}}}. When several fields are wrong, {@code details} names
 * the first and {@code errors} lists them all.
 */
public record ApiError(Body error) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Body(String code, String message, @Nullable FieldIssue details, @Nullable List<FieldIssue> errors) {
	}

	public static ApiError of(ApiErrorCode code, String message) {
		return new ApiError(new Body(code.wireName(), message, null, null));
	}

	public static ApiError of(ApiErrorCode code, String message, FieldIssue details) {
		return new ApiError(new Body(code.wireName(), message, details, null));
	}

	public static ApiError of(ApiErrorCode code, String message, List<FieldIssue> issues) {
		return new ApiError(new Body(code.wireName(), message, issues.getFirst(), issues.size() > 1 ? issues : null));
	}
}
