package aero.hobbs.shared.web;

import java.io.IOException;

/** The request body passed the documented cap; thrown while the body is being read. */
public class PayloadTooLarge extends IOException {

	public PayloadTooLarge(String message) {
		super(message);
	}

	public PayloadTooLarge(long limitBytes) {
		super("The request body is larger than the limit of " + limitBytes + " bytes");
	}

}
