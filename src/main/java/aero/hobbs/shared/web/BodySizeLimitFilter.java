package aero.hobbs.shared.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps API request bodies at {@code hobbs.api.max-body-size}: a declared length over the
 * cap is refused before the body is read, and a chunked body is cut off when it passes
 * the cap (the read then fails with {@link PayloadTooLarge}, which the error advice
 * renders as 413). It runs inside the API security chains, after the rate limit, so a 413
 * carries the rate-limit headers like every other answer.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final Rejection rejection;

	BodySizeLimitFilter(long limit, Rejection rejection) {
		this.limit = limit;
		this.rejection = rejection;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			rejection.write(response, HttpStatus.CONTENT_TOO_LARGE, new PayloadTooLarge(limit).getMessage());
			return;
		}
		chain.doFilter(new CappedRequest(request, limit), response);
	}

	private static final class CappedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		CappedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CappedStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class CappedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CappedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws PayloadTooLarge {
			read += n;
			if (read > limit) {
				throw new PayloadTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
