package org.gongkai.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link ClientAddressFilter} ahead of every other filter (security, rate limits, sessions). */
@Configuration(proxyBeanMethods = false)
class NetworkConfiguration {

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(NetworkProperties network, SiteAddress site) {
        var registration = new FilterRegistrationBean<>(
                new ClientAddressFilter(new ClientAddressResolver(network.ranges()), site));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
