package se.uppdrag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test on the real application context and database: in-memory H2 by default, MariaDB with -Pmariadb.
 * Tests must not assume an empty database: they make their own people with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestKonfiguration.class)
public @interface IntegrationTest {
}
