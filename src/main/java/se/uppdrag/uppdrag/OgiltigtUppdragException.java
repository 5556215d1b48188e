package se.uppdrag.uppdrag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;

/**
 * The uppdragshandling breaks a rule: a message per field it concerns, by key ({@link #meddelanden()}) for the view,
 * and in Swedish ({@link #fel()}) for logs and callers without a UI.
 */
public class OgiltigtUppdragException extends RuntimeException {

    /** Carries a Swedish text that has no key of its own, as it is. */
    private static final String BOKSTAVLIG = "uppdrag.fel.text";

    private final Map<String, Meddelande> meddelanden;

    /** Messages already in Swedish, without keys: shown as they are in every language. */
    public OgiltigtUppdragException(Map<String, String> fel) {
        this(bokstavliga(fel), null);
    }

    /** The second parameter only tells this constructor from the public one (their maps erase to the same type). */
    private OgiltigtUppdragException(Map<String, Meddelande> meddelanden, @Nullable Void medNycklar) {
        super(String.join(" ", svenska(meddelanden).values()));
        this.meddelanden = Collections.unmodifiableMap(new LinkedHashMap<>(meddelanden));
    }

    /** Messages by key, per field. */
    public static OgiltigtUppdragException med(Map<String, Meddelande> meddelanden) {
        return new OgiltigtUppdragException(meddelanden, null);
    }

    /** The Swedish message per field. */
    public Map<String, String> fel() {
        return svenska(meddelanden);
    }

    public Map<String, Meddelande> meddelanden() {
        return meddelanden;
    }

    private static Map<String, Meddelande> bokstavliga(Map<String, String> fel) {
        var meddelanden = new LinkedHashMap<String, Meddelande>();
        fel.forEach((falt, text) -> meddelanden.put(falt, new Meddelande(BOKSTAVLIG, text)));
        return meddelanden;
    }

    private static Map<String, String> svenska(Map<String, Meddelande> meddelanden) {
        var fel = new LinkedHashMap<String, String>();
        meddelanden.forEach((falt, meddelande) -> fel.put(falt, meddelande.svenska()));
        return Collections.unmodifiableMap(fel);
    }
}
