package se.uppdrag.uppdrag;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's answer to a version sent på remiss; {@code forGranskare} is the reviewer asked when {@code granskare}
 * answered for them (the task lent to them, or as their substitute).
 */
public record Remissvar(String granskare, Svar svar, @Nullable String kommentar, Instant tid, int version,
        @Nullable String forGranskare) {

    public enum Svar { GODKANT, ANDRINGAR_BEHOVS }

    /** "Olof Ek", or "Ahmed Nur för Olof Ek" in the view's language when Ahmed answered for Olof. */
    public String vem(com.vaadin.flow.component.Component i18n) {
        return forGranskare == null ? granskare : i18n.getTranslation("historik.vem-for", granskare, forGranskare);
    }
}
