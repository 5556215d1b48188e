package se.uppdrag.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Loggrad;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.uppdrag.HandelseloggFilter;

/** The Händelselogg as a document: the same columns and words as on screen, for the spreadsheet. */
public final class Handelseloggdokument {

    private Handelseloggdokument() {
    }

    public static Dokument av(HandelseloggFilter filter, List<Loggrad> rader, long totalt, Rapporttexter t,
            String organisation, LocalDate utskriven) {
        var block = new ArrayList<Dokument.Block>();
        block.add(Stycke.av(t.text("granskning.period", filter.fran().toString(), filter.till().toString())));
        if (totalt > rader.size()) {
            block.add(Stycke.av(t.text("granskning.urval", rader.size(), totalt)));
        }
        block.add(rader.isEmpty() ? Stycke.av(t.text("granskning.inga"))
                : new Tabell(rubriker(t), rader.stream().map(r -> List.of(r.tid(), r.uppdragText(), r.vem(), r.vad(),
                        r.kommentar())).toList(), List.of(14, 26, 18, 17, 25)));
        return new Dokument(List.of(organisation, t.text("granskning.rubrik"), t.text("rapport.utskriven", utskriven.toString())),
                List.of(new Sektion(t.text("granskning.rubrik"), block)));
    }

    public static List<String> rubriker(Rapporttexter t) {
        return List.of(t.text("granskning.kol.tid"), t.text("granskning.kol.uppdrag"), t.text("granskning.kol.vem"),
                t.text("granskning.kol.vad"), t.text("granskning.kol.kommentar"));
    }
}
