/**
 * The HTTP concerns every module's controllers share: security chains, bearer-key
 * authentication, rate limiting, the `/v1` JSON envelope with paging, the one place
 * errors are rendered per surface, and request ids.
 */
@NamedInterface("web")
@NullMarked
package aero.hobbs.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
