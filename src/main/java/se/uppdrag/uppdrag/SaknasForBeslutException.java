package se.uppdrag.uppdrag;

import java.util.List;

/** The uppdrag cannot be sent för beslut yet: it lacks what {@link #saknas()} lists, which the view names in its language. */
public class SaknasForBeslutException extends IllegalArgumentException {

    private final List<Beslutskrav> saknas;

    public SaknasForBeslutException(List<Beslutskrav> saknas) {
        super("Innan uppdraget skickas för beslut behöver det " + lista(saknas));
        this.saknas = List.copyOf(saknas);
    }

    /** "minst en uppdragsgivare, en uppdragstagare och minst en beslutsfattare". */
    private static String lista(List<Beslutskrav> saknas) {
        var delar = saknas.stream().map(Beslutskrav::svenska).toList();
        return delar.size() < 2 ? String.join("", delar)
                : String.join(", ", delar.subList(0, delar.size() - 1)) + " och " + delar.getLast();
    }

    public List<Beslutskrav> saknas() {
        return saknas;
    }
}
