package aero.hobbs.logbook;

import java.time.LocalDate;

/**
 * A pilot's lifetime totals and those of the trailing 12 months (flights dated after
 * {@code since}).
 */
public record Totals(TotalsRow lifetime, TotalsRow last12Months, LocalDate since) {
}
