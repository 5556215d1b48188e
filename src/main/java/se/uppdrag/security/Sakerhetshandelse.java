package se.uppdrag.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the security audit log: what happened, to or by whom, when and from which address. */
public record Sakerhetshandelse(Instant tidpunkt, Typ typ, @Nullable String anvandare, @Nullable String adress,
        String beskrivning) {

    /** The kinds of event the log holds; the UI names them through the message keys {@code sakerhet.typ.<name>}. */
    public enum Typ {
        INLOGGNING,
        MISSLYCKAD_INLOGGNING,
        KONTO_LAST,
        KONTO_UPPLAST,
        NEKAD_ATKOMST,
        UTLOGGNING,
        LOSENORD_ANDRAT,
        ADMINISTRATION
    }
}
