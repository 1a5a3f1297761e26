package aero.hobbs.organizations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents which permission an organization-scoped endpoint needs. The module behind the
 * endpoint enforces it (through {@link OrganizationAccess#require}); this annotation puts
 * it into the OpenAPI document as {@code x-permission} (with the roles that hold it),
 * where clients read it and the isolation test checks that the behaviour matches.
 * {@code own} marks endpoints where a member without the permission may still act on what
 * is their own (their flights, their reservations, their invoices).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

	Permission value();

	/** The permission a member needs for their own objects, if it differs. */
	Permission[] own() default {};

}
