package aero.hobbs.shared;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PostgreSQL driver sends a batch of inserts as one statement per row unless
 * {@code reWriteBatchedInserts} is on; with it, it folds them into multi-row
 * {@code INSERT ... VALUES (...), (...)} statements, which the imports' batches of
 * flights need to be fast. Set here, on the pool before it opens, only when the URL is
 * PostgreSQL (H2 has no such property); a value the operator gave in the URL or in
 * {@code spring.datasource.hikari.data-source-properties} wins. Rewritten batches report
 * {@code SUCCESS_NO_INFO} instead of a count per row, which no batch here reads.
 */
@Configuration(proxyBeanMethods = false)
class PostgresBatchConfiguration {

	static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

	@Bean
	static BeanPostProcessor postgresBatchedInserts() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					rewriteBatchedInserts(pool);
				}
				return bean;
			}
		};
	}

	static void rewriteBatchedInserts(HikariDataSource pool) {
		String url = pool.getJdbcUrl();
		if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains(REWRITE_BATCHED_INSERTS)
				|| pool.getDataSourceProperties().containsKey(REWRITE_BATCHED_INSERTS)) {
			return;
		}
		pool.addDataSourceProperty(REWRITE_BATCHED_INSERTS, "true");
	}

}
