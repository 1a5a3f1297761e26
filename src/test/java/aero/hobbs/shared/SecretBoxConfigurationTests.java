package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

class SecretBoxConfigurationTests {

	@TempDir
	Path dataDir;

	private static DataSourceProperties database(String url) {
		DataSourceProperties properties = new DataSourceProperties();
		properties.setUrl(url);
		return properties;
	}

	@Test
	void generatesAndKeepsAKeyForTheEmbeddedDatabase() throws Exception {
		SecretBoxConfiguration configuration = new SecretBoxConfiguration();
		EncryptionProperties none = new EncryptionProperties(null, List.of());
		SecretBox first = configuration.secretBox(none, new DataDirectory(dataDir), database("jdbc:h2:file:./x"));
		String sealed = first.seal("token");

		assertThat(Files.readString(dataDir.resolve("encryption.key")).trim()).hasSize(44);
		SecretBox afterRestart = configuration.secretBox(none, new DataDirectory(dataDir),
				database("jdbc:h2:file:./x"));
		assertThat(afterRestart.open(sealed)).isEqualTo("token");
	}

	@Test
	void refusesToStartOnPostgresqlWithoutAKey() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretBoxConfiguration().secretBox(new EncryptionProperties(null, List.of()),
					new DataDirectory(dataDir), database("jdbc:postgresql://db/hobbs")))
			.withMessageContaining("HOBBS_ENCRYPTION_KEY");
		assertThat(dataDir.resolve("encryption.key")).doesNotExist();
	}

}
