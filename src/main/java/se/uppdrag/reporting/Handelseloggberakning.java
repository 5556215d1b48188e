package se.uppdrag.reporting;

import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.Logghandelse;

/** A history row of the Händelselogg in words: pure, so that the screen and the spreadsheet cannot drift apart. */
public final class Handelseloggberakning {

    private Handelseloggberakning() {
    }

    public static Loggrad rad(Logghandelse h, Rapporttexter t, Tidsformat tid) {
        var vem = h.vem() == null ? t.text("historik.systemet")
                : h.forVem() == null ? h.vem() : t.text("historik.vem-for", h.vem(), h.forVem());
        var vad = t.text(h.typ().textnyckel()) + (h.version() == null ? "" : " (" + t.text("historik.version", h.version()) + ")");
        return new Loggrad(h.id(), h.uppdrag().id(), tid.sekund(h.tid()),
                Rapporttexter.uppdrag(h.uppdrag().diarienummer(), h.uppdrag().titel()), vem, vad,
                h.kommentar() == null ? "" : h.kommentar());
    }
}
