package aero.hobbs.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the ProLogbooks-compatible partner surface (seed 000), whose
 * errors are {@code {"error": "A message safe to show"}} rather than the `/v1` envelope.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PartnerApi {

}
