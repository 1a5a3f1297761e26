/**
 * The monthly invoice item per connector: the connector users that qualified in a
 * calendar month times the unit price in effect for it, written once per connector and
 * month by a daily job or by the platform admin. The counting rule and the price list
 * live in connectors; billing reads them and keeps the items. Publishes no events.
 */
@ApplicationModule(displayName = "Billing", allowedDependencies = { "connectors", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
