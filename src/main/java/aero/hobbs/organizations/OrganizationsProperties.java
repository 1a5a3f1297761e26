package aero.hobbs.organizations;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param invitationValidity how long an invitation link can be accepted
 * @param publicUrl where users reach this server, for links in invitation emails
 * @param mailFrom the sender of invitation emails (when a mail server is configured)
 */
@ConfigurationProperties("hobbs.organizations")
@Validated
record OrganizationsProperties(@DefaultValue("14d") Duration invitationValidity,
		@DefaultValue("http://localhost:8080") URI publicUrl, @Nullable String mailFrom) {
}
