package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;

/**
 * What an uppdragshandling needs before it is sent för beslut, which a draft may lack: at least one uppdragsgivare, an
 * uppdragstagare, at least one beslutsfattare, and a slutleverans (if any) that has not already passed. The editor
 * shows what is missing as the user writes; {@link BeslutService#skickaForBeslut(String)} refuses without it.
 */
public enum Beslutskrav {
    UPPDRAGSGIVARE("minst en uppdragsgivare"), UPPDRAGSTAGARE("en uppdragstagare"),
    SLUTLEVERANS("en slutleverans som inte har passerat"), BESLUTSFATTARE("minst en beslutsfattare");

    private final String svenska;

    Beslutskrav(String svenska) {
        this.svenska = svenska;
    }

    /** The service's own words for what is missing, for its exception's message; views translate {@link #namnnyckel()}. */
    String svenska() {
        return svenska;
    }

    /** What the handling lacks for a decision, in the order of the document. */
    public static List<Beslutskrav> saknas(Uppdragshandling h, LocalDate idag) {
        return saknas(h.uppdragsgivare(), h.uppdragstagare(), h.beslutsform().beslutsfattare(), h.tidplan().slutleverans(), idag);
    }

    public static List<Beslutskrav> saknas(List<Person> uppdragsgivare, @Nullable Person uppdragstagare,
            List<Beslutsfattare> beslutsfattare, @Nullable LocalDate slutleverans, LocalDate idag) {
        var saknas = new ArrayList<Beslutskrav>();
        if (uppdragsgivare.isEmpty()) {
            saknas.add(UPPDRAGSGIVARE);
        }
        if (uppdragstagare == null) {
            saknas.add(UPPDRAGSTAGARE);
        }
        if (slutleverans != null && slutleverans.isBefore(idag)) {
            saknas.add(SLUTLEVERANS);
        }
        if (beslutsfattare.isEmpty()) {
            saknas.add(BESLUTSFATTARE);
        }
        return List.copyOf(saknas);
    }

    /** The key of its name in a list of what is missing ("Uppdragsgivare"). */
    public String namnnyckel() {
        return "beslutskrav." + name();
    }

    /** The key of the message at its field. */
    public String felnyckel() {
        return "beslutskrav." + name() + ".fel";
    }
}
