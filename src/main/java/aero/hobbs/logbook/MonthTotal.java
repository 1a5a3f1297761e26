package aero.hobbs.logbook;

import java.time.YearMonth;

/** Block minutes flown in one calendar month. */
public record MonthTotal(YearMonth month, long blockMinutes) {
}
