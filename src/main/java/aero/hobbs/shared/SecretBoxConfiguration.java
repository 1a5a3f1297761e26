package aero.hobbs.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link SecretBox}. On the embedded H2 default a key is generated once under
 * the data directory so that the first run needs nothing; on any other database the
 * operator must set {@code HOBBS_ENCRYPTION_KEY}, because a key generated on one node
 * would not open what another node sealed.
 */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecretBoxConfiguration.class);

	@Bean
	SecretBox secretBox(EncryptionProperties encryption, DataDirectory dataDirectory, DataSourceProperties dataSource) {
		String key = encryption.key();
		if (key == null || key.isBlank()) {
			String url = dataSource.getUrl() == null ? "" : dataSource.getUrl();
			if (!url.startsWith("jdbc:h2:")) {
				throw new IllegalStateException(
						"HOBBS_ENCRYPTION_KEY must be set when Hobbs runs on " + databaseName(url)
								+ ": generate one with `openssl rand -base64 32` and give every node the same key.");
			}
			key = generatedKey(dataDirectory.dataDir().resolve("encryption.key"));
		}
		return new SecretBox(SecretBox.decodeKey(key),
				encryption.previousKeys().stream().map(SecretBox::decodeKey).toList());
	}

	private static String databaseName(String url) {
		String[] parts = url.split(":");
		return parts.length > 1 ? parts[1] : "this database";
	}

	private static String generatedKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.US_ASCII).trim();
			}
			Files.createDirectories(file.getParent());
			String key = SecretBox.newKey();
			Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// not a POSIX file system; the file keeps the default permissions
			}
			log.info("Generated a new encryption key at {}; back it up together with the database", file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
		}
	}

}
