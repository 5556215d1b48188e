package se.uppdrag.dokument;

import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Sets a {@link Dokument} on the pages, top to bottom in reading order, tagging as it goes: the header lines as a
 * paragraph, each section as Sect with its heading as H1 (a sub-section as Sect with H2 in the Sect of its part),
 * paragraphs as P, bullet lists as L/LI/Lbl/LBody, tables by {@link Tabellsattare}, diagrams by {@link Diagramsattare}.
 */
final class Sattare {

    static final float TEXT = 10.5f;
    static final float RADAVSTAND = 1.4f;
    private static final float HUVUD = 9.5f;
    private static final float RUBRIK = 12f;
    private static final float UNDERRUBRIK = 11f;
    private static final float INDRAG = 12f;
    private static final String PUNKT = "•";

    private final Sidor sidor;
    private final Struktur struktur;
    private final Typsnitt typsnitt;
    private final Tabellsattare tabeller;
    private final Diagramsattare diagram;
    private @org.jspecify.annotations.Nullable PDStructureElement del;

    Sattare(Sidor sidor, Struktur struktur, Typsnitt typsnitt) {
        this.sidor = sidor;
        this.struktur = struktur;
        this.typsnitt = typsnitt;
        this.tabeller = new Tabellsattare(this, sidor, struktur);
        this.diagram = new Diagramsattare(sidor, struktur, typsnitt);
    }

    void huvud(List<String> rader) {
        if (!rader.isEmpty()) {
            stycke(struktur.dokument(), String.join("     ", rader), HUVUD, sidor.vanster(), sidor.bredd());
            sidor.ner(14);
        }
    }

    void sektion(Dokument.Sektion sektion) {
        var underdel = sektion.niva() == 2 && del != null;
        var sect = struktur.nytt(StandardStructureTypes.SECT, underdel ? del : struktur.dokument());
        del = underdel ? del : sect;
        var storlek = underdel ? UNDERRUBRIK : RUBRIK;
        sidor.ner(underdel ? 6 : 10);
        var rubrik = rader(sektion.rubrik(), Typsnitt.Vikt.FET, storlek, sidor.bredd());
        sidor.behov(rubrik.size() * storlek * RADAVSTAND + 3 + 2 * TEXT * RADAVSTAND);
        skriv(struktur.nytt(underdel ? StandardStructureTypes.H2 : StandardStructureTypes.H1, sect), rubrik, storlek,
                sidor.vanster());
        sidor.ner(3);
        for (var block : sektion.block()) {
            switch (block) {
                case Dokument.Stycke s -> {
                    if (!s.text().isBlank()) {
                        stycke(sect, s.text(), TEXT, sidor.vanster(), sidor.bredd());
                        sidor.ner(4);
                    }
                }
                case Dokument.Punkter p -> punkter(p, sect);
                case Dokument.Tabell t -> tabeller.tabell(t, sect);
                case Dokument.Diagram d -> diagram.diagram(d, sect);
            }
        }
    }

    private void stycke(PDStructureElement foralder, String text, float storlek, float x, float bredd) {
        skriv(struktur.nytt(StandardStructureTypes.P, foralder), rader(text, Typsnitt.Vikt.NORMAL, storlek, bredd), storlek, x);
    }

    private void punkter(Dokument.Punkter punkter, PDStructureElement foralder) {
        if (punkter.punkter().isEmpty()) {
            return;
        }
        var numrering = new PDListAttributeObject();
        numrering.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DISC);
        var lista = struktur.nytt(StandardStructureTypes.L, foralder, numrering);
        var punkt = Teckenlista.av(PUNKT, Typsnitt.Vikt.NORMAL, typsnitt);
        for (var p : punkter.punkter()) {
            var li = struktur.nytt(StandardStructureTypes.LI, lista);
            var rader = rader(p.text(), Typsnitt.Vikt.NORMAL, TEXT, sidor.bredd() - INDRAG);
            sidor.behov(TEXT * RADAVSTAND);
            rad(struktur.nytt(StandardStructureTypes.LBL, li), punkt, TEXT, sidor.vanster(), sidor.y());
            skriv(struktur.nytt(StandardStructureTypes.L_BODY, li), rader, TEXT, sidor.vanster() + INDRAG);
        }
        sidor.ner(4);
    }

    List<List<Tecken>> rader(String text, Typsnitt.Vikt vikt, float storlek, float bredd) {
        return Rader.bryt(Teckenlista.av(text, vikt, typsnitt), storlek, bredd);
    }

    /** Writes lines one under the other, each marked as content of the element, breaking the page where needed. */
    private void skriv(PDStructureElement element, List<List<Tecken>> rader, float storlek, float x) {
        for (var r : rader) {
            sidor.behov(storlek * RADAVSTAND);
            rad(element, r, storlek, x, sidor.y());
            sidor.ner(storlek * RADAVSTAND);
        }
    }

    /** Draws one line whose top is at {@code topp}, as marked content of the element. */
    void rad(PDStructureElement element, List<Tecken> rad, float storlek, float x, float topp) {
        if (rad.isEmpty()) {
            return;
        }
        var ut = sidor.innehall();
        ut.borjaMarkerat(element.getStructureType(), struktur.markera(element, sidor.sida()));
        Rader.rita(ut, sidor::namn, rad, storlek, x, baslinje(topp, storlek), 0);
        ut.slut();
    }

    static float baslinje(float topp, float storlek) {
        return topp - storlek * 1.05f;
    }
}
