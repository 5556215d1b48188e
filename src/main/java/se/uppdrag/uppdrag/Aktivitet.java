package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * A row of the tidplan: activity, its period and who is responsible: a person, or a unit or role as regions often
 * write it ({@code ansvarigText}: "CIFU", "Ekonomidirektör", "Respektive CD och VC"), never both. The activity's task
 * goes to the person, or to the uppdragstagare when a unit or role is responsible.
 */
public record Aktivitet(String namn, Tidsperiod period, @Nullable Person ansvarig, @Nullable String ansvarigText) {

    public static final int ANSVARIG_TEXT_MAX = 300;

    public Aktivitet {
        ansvarigText = ansvarigText == null || ansvarigText.isBlank() ? null : ansvarigText.strip();
        if (ansvarig != null && ansvarigText != null) {
            throw new OgiltigtVardeException("aktivitet.fel.tva-ansvariga");
        }
    }

    public Aktivitet(String namn, Tidsperiod period, @Nullable Person ansvarig) {
        this(namn, period, ansvarig, null);
    }

    /** Who is responsible as the document writes it: the person's name or the unit or role; empty when no one. */
    public String ansvarigVisning() {
        return ansvarig != null ? ansvarig.namn() : ansvarigText != null ? ansvarigText : "";
    }
}
