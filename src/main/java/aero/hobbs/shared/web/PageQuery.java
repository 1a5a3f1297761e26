package aero.hobbs.shared.web;

import aero.hobbs.shared.InvalidInput;

/**
 * A page request: 1-based {@code page}, {@code per_page} between 1 and
 * {@value #MAX_PER_PAGE}.
 */
public record PageQuery(int page, int perPage) {

	public static final int DEFAULT_PER_PAGE = 25;

	public static final int MAX_PER_PAGE = 100;

	public PageQuery {
		if (page < 1) {
			throw new InvalidInput("page", "Page must be 1 or more");
		}
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new InvalidInput("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
		}
	}

	public static PageQuery of(Integer page, Integer perPage) {
		return new PageQuery(page == null ? 1 : page, perPage == null ? DEFAULT_PER_PAGE : perPage);
	}

	public long offset() {
		return (long) (page - 1) * perPage;
	}
}
