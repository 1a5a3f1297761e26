package aero.hobbs.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets to the instant it needs; it stands still in between. */
public final class MovableClock extends Clock {

	private volatile Instant now = Instant.now();

	public void set(Instant instant) {
		this.now = instant;
	}

	public void set(String instant) {
		set(Instant.parse(instant));
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

}
