package aero.hobbs.connectors;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How Hobbs calls partners: the seed's timeouts (12 s for checkuser, 20 s for getnewids)
 * and the largest answer read.
 */
@ConfigurationProperties("hobbs.connectors")
@Validated
record ConnectorsProperties(@DefaultValue("12s") Duration checkTimeout, @DefaultValue("20s") Duration fetchTimeout,
		@DefaultValue("50MB") DataSize maxResponseSize) {
}
