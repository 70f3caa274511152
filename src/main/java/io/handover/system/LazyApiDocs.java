package io.handover.system;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document and Swagger UI (springdoc) are built when first asked for, not at
 * start-up: a turn never needs them, and their beans (model converters, object mapper,
 * resource transformers) were a measurable part of start-up (bench/RESULTS.md,
 * "Start-up"). Beans Spring needs at start-up anyway (MVC configurers, listeners) are
 * still created then; the rest on the first request to {@code /v3/api-docs} or
 * {@code /swagger-ui}.
 */
@Configuration(proxyBeanMethods = false)
class LazyApiDocs {

	@Bean
	static BeanFactoryPostProcessor lazyApiDocBeans() {
		return LazyApiDocs::markLazy;
	}

	static void markLazy(ConfigurableListableBeanFactory beans) {
		for (String name : beans.getBeanDefinitionNames()) {
			BeanDefinition definition = beans.getBeanDefinition(name);
			if (isApiDocs(definition.getBeanClassName()) || isApiDocs(definition.getFactoryBeanName() != null
					? beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName() : null)) {
				definition.setLazyInit(true);
			}
		}
	}

	private static boolean isApiDocs(String className) {
		return className != null && className.startsWith("org.springdoc.");
	}

}
