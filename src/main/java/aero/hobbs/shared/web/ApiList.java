package aero.hobbs.shared.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The `/v1` answer for a list: {@code {"data": [...], "links": {...}, "meta": {...}}}.
 * Pages are 1-based; the links keep every other query parameter of the request so that
 * filters survive paging.
 */
public record ApiList<A>(List<ApiResource<A>> data, Links links, Meta meta) {

	public record Links(String self, String first, @Nullable String prev, @Nullable String next, String last) {
	}

	public record Meta(int page, int perPage, long total, int totalPages) {
	}

	public static <T, A> ApiList<A> of(PageQuery query, List<T> items, long total,
			Function<T, ApiResource<A>> toResource) {
		int totalPages = (int) Math.max(1, (total + query.perPage() - 1) / query.perPage());
		UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentRequest();
		Links links = new Links(link(base, query.page(), query.perPage()), link(base, 1, query.perPage()),
				query.page() > 1 ? link(base, Math.min(query.page() - 1, totalPages), query.perPage()) : null,
				query.page() < totalPages ? link(base, query.page() + 1, query.perPage()) : null,
				link(base, totalPages, query.perPage()));
		return new ApiList<>(items.stream().map(toResource).toList(), links,
				new Meta(query.page(), query.perPage(), total, totalPages));
	}

	/**
	 * A page cut from a list that is small enough to hold whole (a pilot's aircraft,
	 * keys).
	 */
	public static <T, A> ApiList<A> slice(PageQuery query, List<T> all, Function<T, ApiResource<A>> toResource) {
		return of(query, all.stream().skip(query.offset()).limit(query.perPage()).toList(), all.size(), toResource);
	}

	private static String link(UriComponentsBuilder base, int page, int perPage) {
		return base.cloneBuilder()
			.replaceQueryParam("page", page)
			.replaceQueryParam("per_page", perPage)
			.build()
			.toUriString();
	}
}
