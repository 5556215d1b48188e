package se.uppdrag.security;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.http.HttpStatus;

/**
 * Who reaches the management endpoints ({@code /actuator/…}). Health, with liveness and readiness, answers anyone (the
 * load balancer and the container's health check), with details only for an administrator. Everything else (the
 * Prometheus metrics) answers on the management port only, which production keeps apart ({@code MANAGEMENT_PORT},
 * bound to {@code MANAGEMENT_ADDRESS}, by default 127.0.0.1) and never publishes through the proxy; on the application's
 * own port it needs a signed-in administrator.
 */
@Configuration(proxyBeanMethods = false)
class Driftatkomst {

    @Bean
    @Order(1)
    SecurityFilterChain driftFilterChain(HttpSecurity http, Environment miljo) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(atkomst -> atkomst
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(fraga -> arManagementporten(miljo, fraga.getLocalPort())).permitAll()
                        .anyRequest().hasRole(Roller.ADMINISTRATOR))
                // a scraper or script gets 401, not the login page
                .exceptionHandling(fel -> fel.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        Sakerhetshuvuden.tillampa(http);
        return http.build();
    }

    /** Whether the request came in on a management port of its own (Spring sets local.management.port when it listens). */
    private static boolean arManagementporten(Environment miljo, int port) {
        var management = miljo.getProperty("local.management.port", Integer.class);
        var server = miljo.getProperty("local.server.port", Integer.class);
        return management != null && management == port && !management.equals(server);
    }
}
