package org.gongkai.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.gongkai.common.GongkaiProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ViewResolver;

/**
 * Bounds on input at the edge: the {@link InputBounds} filter first of all filters (right after the
 * character encoding is set), and the container's error report replaced by {@link ContainerErrorReport}.
 */
@Configuration(proxyBeanMethods = false)
class InputBoundsConfiguration {

    @Bean
    FilterRegistrationBean<InputBounds> inputBounds(ViewResolver thymeleafViewResolver, GongkaiProperties properties) {
        FilterRegistrationBean<InputBounds> registration =
                new FilterRegistrationBean<>(new InputBounds(thymeleafViewResolver, properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Right after Spring Security's filter chain (order -100), before anything renders. */
    @Bean
    FilterRegistrationBean<SessionBeforeBody> sessionBeforeBody() {
        FilterRegistrationBean<SessionBeforeBody> registration = new FilterRegistrationBean<>(new SessionBeforeBody());
        registration.setOrder(-99);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Once every customizer has run and just before the application's context starts, the host's error
     * report valves (Tomcat's default, and the one Boot adds) give way to ours.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(GongkaiProperties properties) {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                return;
            }
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorReport)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ContainerErrorReport(properties.siteName()));
        }));
    }
}
