package aero.hobbs.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a limit and gives up the moment it is passed, so a peer
 * cannot make Hobbs buffer more than the caller allowed. A declared
 * {@code Content-Length} over the limit fails before a byte is read. Buffers are
 * requested one at a time, so a slow reader never has more than one in hand.
 */
final class CappedBody implements BodySubscriber<byte[]> {

	private final long limit;

	private final ByteArrayOutputStream buffer;

	private final long declaredLength;

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private volatile Flow.@Nullable Subscription subscription;

	private long received;

	/**
	 * @param declaredLength the {@code Content-Length} the peer announced, or -1
	 */
	CappedBody(long limit, long declaredLength) {
		this.limit = limit;
		this.declaredLength = declaredLength;
		this.buffer = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 0), Math.min(limit, 1 << 20)));
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (declaredLength > limit) {
			tooLarge();
			return;
		}
		subscription.request(1);
	}

	@Override
	public void onNext(List<ByteBuffer> items) {
		if (result.isDone()) {
			return;
		}
		for (ByteBuffer item : items) {
			received += item.remaining();
			if (received > limit) {
				tooLarge();
				return;
			}
			byte[] bytes = new byte[item.remaining()];
			item.get(bytes);
			buffer.writeBytes(bytes);
		}
		Flow.Subscription current = subscription;
		if (current != null) {
			current.request(1);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		result.completeExceptionally(throwable);
	}

	@Override
	public void onComplete() {
		result.complete(buffer.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return result;
	}

	/** Stops reading, e.g. because the call's deadline passed. */
	void abort() {
		Flow.Subscription current = subscription;
		if (current != null) {
			current.cancel();
		}
	}

	private void tooLarge() {
		abort();
		result.completeExceptionally(new TooLarge());
	}

	/** The body passed the limit; an IOException so the HTTP client passes it through. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("response body over the limit");
		}

	}

}
