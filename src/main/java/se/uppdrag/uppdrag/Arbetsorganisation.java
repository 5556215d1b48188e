package se.uppdrag.uppdrag;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The arbetsgrupp and a note on it, often the sentence on extra resources ({@link #RESURSER_VID_BEHOV}). */
public record Arbetsorganisation(List<Arbetsgruppsmedlem> medlemmar, @Nullable String notering) {

    /**
     * The sentence many uppdragshandlingar end the arbetsorganisation with. Offered in the editor, never put in by
     * itself: what the note says goes into the official document. It is the document's wording, so Swedish whatever
     * the language of the editor.
     */
    public static final String RESURSER_VID_BEHOV = "Till gruppen adderas ytterligare resurser vid behov.";

    public Arbetsorganisation {
        medlemmar = List.copyOf(medlemmar);
    }
}
