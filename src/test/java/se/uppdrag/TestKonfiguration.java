package se.uppdrag;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Shared by every integration test, so that they all use one cached application context. */
@TestConfiguration(proxyBeanMethods = false)
public class TestKonfiguration {

    @Bean
    @Primary
    JusterbarKlocka justerbarKlocka() {
        return new JusterbarKlocka();
    }

    @Bean
    @Primary
    StyrdaBakgrundsarbeten styrdaBakgrundsarbeten() {
        return new StyrdaBakgrundsarbeten();
    }
}
