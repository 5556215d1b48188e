package se.uppdrag.start;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;

/** Prints a failed production start for missing settings as its one line on standard error, without a stack trace. */
class SaknadeInstallningarRapport implements SpringBootExceptionReporter {

    SaknadeInstallningarRapport(@Nullable ConfigurableApplicationContext context) {
        // Spring Boot hands over the context (null when the start failed before there was one); nothing to read in it
    }

    @Override
    public boolean reportException(Throwable fel) {
        for (var orsak = fel; orsak != null; orsak = orsak.getCause()) {
            if (orsak instanceof SaknadeInstallningarException saknade) {
                System.err.println(saknade.getMessage());
                return true;
            }
        }
        return false;
    }
}
