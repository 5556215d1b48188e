package se.uppdrag;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For a test class on an application context of its own: Vaadin sets Spring Security's global context holder to the
 * strategy of the context that started last, and the other contexts' method security would no longer see who
 * {@link TestFolk#loggaIn} signed in. So the class's own context's strategy is the global one while the class runs,
 * and the one before it again afterwards.
 */
public final class EgenSakerhetskontext implements TestInstancePreConstructCallback, BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMN = ExtensionContext.Namespace.create(EgenSakerhetskontext.class);

    /** The holder before this class's context starts: with one instance per class it starts when the instance is made. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext fabrik, ExtensionContext kontext) {
        minnsTidigare(kontext);
    }

    @Override
    public void beforeAll(ExtensionContext kontext) {
        minnsTidigare(kontext);
        var egen = SpringExtension.getApplicationContext(kontext).getBeansOfType(SecurityContextHolderStrategy.class)
                .values().stream().findFirst().orElseThrow();
        SecurityContextHolder.setContextHolderStrategy(egen);
    }

    private static void minnsTidigare(ExtensionContext kontext) {
        var lager = kontext.getStore(NAMN);
        if (lager.get(SecurityContextHolderStrategy.class) == null) {
            lager.put(SecurityContextHolderStrategy.class, SecurityContextHolder.getContextHolderStrategy());
        }
    }

    @Override
    public void afterAll(ExtensionContext kontext) {
        var tidigare = kontext.getStore(NAMN).get(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class);
        if (tidigare != null) {
            SecurityContextHolder.setContextHolderStrategy(tidigare);
        }
    }
}
