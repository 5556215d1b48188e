package se.uppdrag.workflow.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;

/** Prints a start refused by {@link ProcessmotornsSchema} as its one line on standard error, without a stack trace. */
final class ProcessmotornsSchemaRapport implements SpringBootExceptionReporter {

    ProcessmotornsSchemaRapport(@Nullable ConfigurableApplicationContext context) {
        // Spring Boot hands over the context (null when the start failed before there was one); nothing to read in it
    }

    @Override
    public boolean reportException(Throwable fel) {
        for (var orsak = fel; orsak != null; orsak = orsak.getCause()) {
            if (orsak instanceof ProcessmotornsSchemaException schema) {
                System.err.println(schema.getMessage());
                return true;
            }
        }
        return false;
    }
}
