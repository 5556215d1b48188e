package se.uppdrag.uppdrag;

import java.util.List;

/** Uppdraget skickas till: för genomförande and för kännedom. */
public record Distribution(List<Mottagare> forGenomforande, List<Mottagare> forKannedom) {

    public Distribution {
        forGenomforande = List.copyOf(forGenomforande);
        forKannedom = List.copyOf(forKannedom);
    }
}
