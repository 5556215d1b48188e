package se.uppdrag.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Delegationsrapport;
import se.uppdrag.reporting.Rapporttexter;

/** Delegationsbeslut för anmälan as one document: the screen shows it, and it is the PDF and the XLSX. */
public final class Delegationsdokument {

    private Delegationsdokument() {
    }

    public static Dokument av(Delegationsrapport rapport, Rapporttexter t, String organisation, LocalDate utskriven) {
        var huvud = List.of(organisation, rapport.enhet() != null ? rapport.enhet() : t.text("anmalan.alla-enheter"),
                t.text("anmalan.utskriven", utskriven.toString()));
        var inledning = new Sektion(rubrik(rapport, t), List.of(Stycke.av(t.text("anmalan.ingress")),
                Stycke.av(t.text("anmalan.antal", rapport.beslut().size(), rapport.utanDelegation()))));
        var tabell = new Sektion(t.text("anmalan.rubrik"), rapport.beslut().isEmpty()
                ? List.of(Stycke.av(t.text("anmalan.inga")))
                : List.of(new Tabell(rubriker(t), rapport.beslut().stream().map(b -> List.of(b.beslutsdatum().toString(),
                        b.diarienummer() == null ? b.titel() : b.diarienummer() + " " + b.titel(), b.delegat(), b.beslutadAv() == null ? "" : b.beslutadAv(),
                        b.regel() == null ? t.text("anmalan.utan-delegation") : b.regel())).toList(), List.of(12, 30, 15, 15, 28))));
        return new Dokument(huvud, List.of(inledning, tabell));
    }

    public static String rubrik(Delegationsrapport rapport, Rapporttexter t) {
        return t.text("anmalan.rubrik") + " – " + t.period(rapport.period());
    }

    public static List<String> rubriker(Rapporttexter t) {
        return List.of(t.text("anmalan.kol.datum"), t.text("anmalan.kol.uppdrag"), t.text("anmalan.kol.delegat"),
                t.text("anmalan.kol.beslutad-av"), t.text("anmalan.kol.regel"));
    }
}
