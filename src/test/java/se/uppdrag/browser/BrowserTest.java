package se.uppdrag.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import se.uppdrag.TestKonfiguration;

/**
 * A test in a real Chromium against the application on a random port, on the tests' database (H2, or MariaDB with
 * -Pmariadb). Every browser test class carries exactly this annotation, so they all share one application context.
 * Mail links point at {@link #PUBLIK_ADRESS}, as they would in production; a test opens their path on this server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "uppdrag.base-url=" + BrowserTest.PUBLIK_ADRESS,
        // Vaadin's development tools would add their own button to every page; a person never sees it in production.
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.launch-browser=false"})
@Import(TestKonfiguration.class)
@ExtendWith(Chromium.Extension.class)
@Tag("browser")
public @interface BrowserTest {

    String PUBLIK_ADRESS = "https://uppdrag.regionexempel.se";
}
