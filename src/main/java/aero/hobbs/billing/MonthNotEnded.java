package aero.hobbs.billing;

import java.time.Instant;
import java.time.YearMonth;

import aero.hobbs.shared.InvalidInput;

/**
 * A month is invoiced only once it has ended (in UTC), because until then its count of
 * qualified users can still change.
 */
public class MonthNotEnded extends InvalidInput {

	public MonthNotEnded(YearMonth month, Instant end) {
		super("month", month + " has not ended yet; it can be invoiced from " + end + " on");
	}

	@Override
	public String getMessage() {
		return issues().getFirst().issue();
	}

}
