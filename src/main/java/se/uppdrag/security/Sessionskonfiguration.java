package se.uppdrag.security;

import java.time.Clock;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class Sessionskonfiguration {

    /** Real time, as the servlet container keeps the sessions' creation times. */
    @Bean
    Sessionsklocka sessionsklocka() {
        return new Sessionsklocka(Clock.systemUTC());
    }

    /** Just before Spring Security's filter chain, so that an expired session is gone before the sign-in is read. */
    @Bean
    FilterRegistrationBean<Sessionsfilter> sessionsfilter(Sessionsregler regler, Sessionsklocka klocka, Sakerhetslogg logg) {
        var registrering = new FilterRegistrationBean<>(new Sessionsfilter(regler, klocka.klocka(), logg));
        registrering.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registrering;
    }
}
