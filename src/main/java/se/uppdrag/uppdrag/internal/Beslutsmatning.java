package se.uppdrag.uppdrag.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Uppdragshandelse;

/**
 * Counts the decisions taken, once committed: {@code uppdrag.beslut} tagged with the outcome (FASTSTALLT, AVSLAGET,
 * ATERREMITTERAT, SLUTRAPPORT_GODKAND). Decisions per day are its increase over a day.
 */
@Component
class Beslutsmatning {

    private static final Set<HandelseTyp> BESLUT = Set.of(HandelseTyp.FASTSTALLT, HandelseTyp.AVSLAGET, HandelseTyp.ATERREMITTERAT,
            HandelseTyp.SLUTRAPPORT_GODKAND);
    private final MeterRegistry matare;

    Beslutsmatning(MeterRegistry matare) {
        this.matare = matare;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void rakna(Uppdragshandelse handelse) {
        if (BESLUT.contains(handelse.typ())) {
            Counter.builder("uppdrag.beslut").tag("utfall", handelse.typ().name()).description("Decisions taken")
                    .register(matare).increment();
        }
    }
}
