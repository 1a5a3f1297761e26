package aero.hobbs.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBatchConfigurationTests {

	@Test
	void turnsOnRewrittenBatchInsertsForPostgresql() {
		HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/hobbs");

		PostgresBatchConfiguration.rewriteBatchedInserts(pool);

		assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
	}

	@Test
	void leavesH2Alone() {
		HikariDataSource pool = pool("jdbc:h2:mem:hobbs;MODE=PostgreSQL");

		PostgresBatchConfiguration.rewriteBatchedInserts(pool);

		assertThat(pool.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
	}

	@Test
	void keepsWhatTheOperatorChose() {
		HikariDataSource inUrl = pool("jdbc:postgresql://127.0.0.1:5432/hobbs?reWriteBatchedInserts=false");
		HikariDataSource inProperties = pool("jdbc:postgresql://127.0.0.1:5432/hobbs");
		inProperties.addDataSourceProperty("reWriteBatchedInserts", "false");

		PostgresBatchConfiguration.rewriteBatchedInserts(inUrl);
		PostgresBatchConfiguration.rewriteBatchedInserts(inProperties);

		assertThat(inUrl.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
		assertThat(inProperties.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "false");
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}

}
