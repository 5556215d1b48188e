package se.uppdrag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port with a 15-second idle timeout and a heartbeat every 3 s: the one context of its
 * kind (about 15 s to start), shared by the HTTP-level security tests and the browser test of the idle timeout.
 * Everything else as in {@code @BrowserTest}. Its classes make its security context holder the global one while they
 * run ({@link EgenSakerhetskontext}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "uppdrag.base-url=https://uppdrag.regionexempel.se",
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.launch-browser=false",
        "uppdrag.session.inaktiv=" + KortaSessioner.INAKTIV_SEKUNDER + "s",
        "vaadin.heartbeatInterval=3"})
@Import({TestKonfiguration.class, KortaSessioner.Klocka.class})
@ExtendWith(EgenSakerhetskontext.class)
public @interface KortaSessioner {

    int INAKTIV_SEKUNDER = 15;

    /** Here the sessions are timed by the adjustable test clock, so that a test can let an idle time pass. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    class Klocka {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        se.uppdrag.security.Sessionsklocka justerbarSessionsklocka(JusterbarKlocka klocka) {
            return new se.uppdrag.security.Sessionsklocka(klocka);
        }
    }
}
