package aero.hobbs.myflightbook;

import aero.hobbs.shared.UserId;

/**
 * The pilot connected (or reconnected) MyFlightbook and the tokens are stored; published
 * in the transaction that stored them, so an after-commit listener can start the first
 * sync.
 */
public record MyFlightbookConnected(UserId pilot) {
}
