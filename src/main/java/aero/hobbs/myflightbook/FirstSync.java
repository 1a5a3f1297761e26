package aero.hobbs.myflightbook;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the first import once a pilot has connected MyFlightbook (seed 002: "on first
 * connect").
 */
@Component
class FirstSync {

	private final MyFlightbookSync sync;

	FirstSync(MyFlightbookSync sync) {
		this.sync = sync;
	}

	/** After the tokens are committed, in a transaction of its own. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(MyFlightbookConnected connected) {
		sync.enqueue(connected.pilot());
	}

}
