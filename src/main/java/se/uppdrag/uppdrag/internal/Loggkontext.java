package se.uppdrag.uppdrag.internal;

import java.util.HashMap;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * Puts the uppdrag and the task an action concerns into the log context (MDC keys {@code uppdrag} and {@code uppgift})
 * while a service of the uppdrag feature or of the inbox runs, so that every line logged meanwhile (by us, Spring,
 * Hibernate or Flowable) says which uppdrag and task it was about; structured logs
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) carry them as fields. An action's uppdrag is its {@link UppdragId}
 * argument (or its {@link Uppdragshandling}'s), its task the argument named {@code taskId}; the keys the caller had are restored afterwards.
 */
@Aspect
@Component
class Loggkontext {

    static final String UPPDRAG = "uppdrag";
    static final String UPPGIFT = "uppgift";

    @Around("(within(se.uppdrag.uppdrag..*) || within(se.uppdrag.workflow..*))"
            + " && @within(org.springframework.stereotype.Service) && execution(public * *(..))")
    Object medKontext(ProceedingJoinPoint anrop) throws Throwable {
        var namn = ((MethodSignature) anrop.getSignature()).getParameterNames();
        var argument = anrop.getArgs();
        var satta = new HashMap<String, @Nullable String>();
        for (int i = 0; i < argument.length; i++) {
            if (argument[i] instanceof UppdragId id) {
                satta.put(UPPDRAG, String.valueOf(id.value()));
            } else if (argument[i] instanceof Uppdragshandling handling && handling.id() != null) {
                satta.put(UPPDRAG, String.valueOf(handling.id().value()));
            } else if (argument[i] instanceof String uppgift && namn != null && i < namn.length && "taskId".equals(namn[i])) {
                satta.put(UPPGIFT, uppgift);
            }
        }
        if (satta.isEmpty()) {
            return anrop.proceed();
        }
        var tidigare = new HashMap<String, @Nullable String>();
        satta.forEach((nyckel, varde) -> {
            tidigare.put(nyckel, MDC.get(nyckel));
            MDC.put(nyckel, varde);
        });
        try {
            return anrop.proceed();
        } finally {
            tidigare.forEach((nyckel, varde) -> {
                if (varde == null) {
                    MDC.remove(nyckel);
                } else {
                    MDC.put(nyckel, varde);
                }
            });
        }
    }
}
