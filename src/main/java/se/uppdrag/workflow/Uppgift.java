package se.uppdrag.workflow;

import java.time.Instant;
import java.time.LocalDate;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;

/**
 * A task in the inbox. {@code namn} is the name stored with the task (Swedish), {@code namnnyckel} the message key
 * and arguments it was named by, if its process named it so; {@code typ} is the task's key in the process model
 * (which form it has); {@code kanTas} means it is offered to the user's group and may be claimed; {@code ersatterFor} is
 * the absent person whose task this is while their substitute (ersättare) holds it.
 */
public record Uppgift(String id, String namn, @Nullable Uppgiftsnamn namnnyckel, String typ, String processnyckel, String processinstans, @Nullable Arende arende,
        @Nullable PersonId tilldelad, @Nullable String tilldeladNamn, @Nullable PersonId delegeradAv,
        Instant skapad, @Nullable LocalDate forfaller, boolean forsenad, boolean kanTas,
        @Nullable PersonId ersatterFor) {

    /** The name to show: its message key in the view's language, or the stored name for a task named without one. */
    public String visningsnamn(Component i18n) {
        return namnnyckel == null ? namn : i18n.getTranslation(namnnyckel.nyckel(), namnnyckel.argument().toArray());
    }

    public boolean arDelegerad() {
        return delegeradAv != null;
    }

    /**
     * Whom the one who holds the task acts for: the absent person they stand in for as substitute, or the one who lent
     * them the task; {@code null} when they act for themselves.
     */
    public @Nullable PersonId foretrader() {
        return ersatterFor != null ? ersatterFor : delegeradAv;
    }
}
