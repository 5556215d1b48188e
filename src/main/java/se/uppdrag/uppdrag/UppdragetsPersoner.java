package se.uppdrag.uppdrag;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;

/** Everyone an uppdragshandling names, keyed by id, with the field of the form that names them. */
final class UppdragetsPersoner {

    private UppdragetsPersoner() {
    }

    static Map<PersonId, String> i(@Nullable Uppdragshandling h) {
        var falt = new LinkedHashMap<PersonId, String>();
        if (h == null) {
            return falt;
        }
        h.uppdragsgivare().forEach(p -> falt.putIfAbsent(p.id(), "uppdragsgivare"));
        lagg(falt, h.uppdragstagare(), "uppdragstagare");
        h.arbetsorganisation().medlemmar().forEach(m -> lagg(falt, m.person(), "arbetsgrupp"));
        h.tidplan().aktiviteter().forEach(a -> lagg(falt, a.ansvarig(), "aktiviteter"));
        h.beslutsform().beslutsfattare().forEach(b -> lagg(falt, b.person(), "beslutsfattare"));
        h.distribution().forGenomforande().forEach(m -> lagg(falt, m.person(), "forGenomforande"));
        h.distribution().forKannedom().forEach(m -> lagg(falt, m.person(), "forKannedom"));
        return falt;
    }

    private static void lagg(Map<PersonId, String> falt, @Nullable Person person, String namn) {
        if (person != null) {
            falt.putIfAbsent(person.id(), namn);
        }
    }
}
