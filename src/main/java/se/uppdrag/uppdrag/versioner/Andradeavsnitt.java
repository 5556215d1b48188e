package se.uppdrag.uppdrag.versioner;

import java.util.List;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.dokument.Dokumentmall;

/** The sections of the uppdragshandling that differ between two texts, named as the paper document names them. */
public final class Andradeavsnitt {

    private Andradeavsnitt() {
    }

    /** The headings of the changed sections in the document's order; the header is "Huvudet". Empty when alike. */
    public static List<String> mellan(Uppdragshandling fore, Uppdragshandling efter) {
        return Dokumentjamforelse.jamfor(Dokumentmall.av(fore), Dokumentmall.av(efter)).andrade().stream()
                .map(avsnitt -> avsnitt.rubrik() == null ? Meddelande.svenska("uppdrag.handelse.huvudet") : avsnitt.rubrik())
                .toList();
    }
}
