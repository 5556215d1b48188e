package se.uppdrag;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test that starts whole applications of its own (SpringApplicationBuilder): each sets Spring Security's global
 * context holder to its own strategy as it starts (Vaadin does), and leaves it so when it is closed, so that the
 * shared test context's method security would no longer see who {@link TestFolk#loggaIn} signed in. The holder before
 * the test is put back after it.
 */
public final class BevaraSakerhetskontext implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMN = ExtensionContext.Namespace.create(BevaraSakerhetskontext.class);

    @Override
    public void beforeEach(ExtensionContext kontext) {
        kontext.getStore(NAMN).put(SecurityContextHolderStrategy.class, SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterEach(ExtensionContext kontext) {
        var tidigare = kontext.getStore(NAMN).get(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class);
        if (tidigare != null) {
            SecurityContextHolder.setContextHolderStrategy(tidigare);
        }
    }
}
