package se.uppdrag.workflow;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Implemented by a feature whose processes create tasks: describes the process's business keys. */
public interface ArendeKalla {

    /** The process definition keys this source describes. */
    boolean beskriver(String processnyckel);

    /** Several at once, keyed by business key (one query for a page of tasks). */
    Map<String, Arende> arenden(Collection<String> nycklar);

    default Optional<Arende> arende(String nyckel) {
        return Optional.ofNullable(arenden(java.util.List.of(nyckel)).get(nyckel));
    }
}
