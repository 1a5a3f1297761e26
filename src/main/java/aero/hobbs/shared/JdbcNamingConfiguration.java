package aero.hobbs.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes table and column names by default; H2 stores unquoted DDL names
 * in upper case and PostgreSQL in lower case, so quoted names match on one engine only.
 * Unquoted names let each engine fold them its own way, and the same entities and
 * migrations work on both.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamingConfiguration {

	@Bean
	static BeanPostProcessor unquotedJdbcNames() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
