package se.uppdrag.uppdrag;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The arbetsgrupp and the note on extra resources ("Till gruppen adderas ytterligare resurser vid behov"). */
public record Arbetsorganisation(List<Arbetsgruppsmedlem> medlemmar, @Nullable String notering) {

    public Arbetsorganisation {
        medlemmar = List.copyOf(medlemmar);
    }
}
