package aero.hobbs.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its files (env {@code HOBBS_DATA_DIR}, default
 * {@code ./data}).
 */
@ConfigurationProperties("hobbs")
public record DataDirectory(@DefaultValue("./data") Path dataDir) {
}
