package se.uppdrag.uppdrag;

import java.util.Map;

/** The uppdragshandling breaks a rule; each message is in Swedish and keyed by the field it concerns. */
public class OgiltigtUppdragException extends RuntimeException {

    private final Map<String, String> fel;

    public OgiltigtUppdragException(Map<String, String> fel) {
        super(String.join(" ", fel.values()));
        this.fel = Map.copyOf(fel);
    }

    public Map<String, String> fel() {
        return fel;
    }
}
