package se.uppdrag.dokument;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Draws a {@link Dokument.Diagram} as vector graphics, tagged as one Figure whose Alt says what it shows (PDF/UA): its
 * bars, texts and legend are the Figure's content, read as the Alt, never text by text. A page breaks between its
 * bands only; on one page it gets its bounding box.
 */
final class Diagramsattare {

    /** As wide as a landscape page's table, no wider: the bars stay readable against their labels. */
    private static final float STORSTA_BREDD = 640f;

    private final Sidor sidor;
    private final Struktur struktur;
    private final Typsnitt typsnitt;

    Diagramsattare(Sidor sidor, Struktur struktur, Typsnitt typsnitt) {
        this.sidor = sidor;
        this.struktur = struktur;
        this.typsnitt = typsnitt;
    }

    void diagram(Dokument.Diagram diagram, PDStructureElement foralder) {
        var figur = struktur.nytt(StandardStructureTypes.Figure, foralder);
        figur.setAlternateDescription(diagram.alt());
        var bild = Diagrambild.av(diagram, Math.min(sidor.bredd(), STORSTA_BREDD), (text, storlek, fet) ->
                Rader.bredd(Teckenlista.av(text, fet ? Typsnitt.Vikt.FET : Typsnitt.Vikt.NORMAL, typsnitt), storlek));
        sidor.ner(4);
        var band = bild.band();
        sidor.behov(band.getFirst().hojd() + (band.size() > 1 ? band.get(1).hojd() : 0));
        var sida = sidor.sida();
        var topp = sidor.y();
        for (var b : band) {
            sidor.behov(b.hojd());
            rita(figur, b);
            sidor.ner(b.hojd());
        }
        if (sidor.sida() == sida) {
            var layout = new PDLayoutAttributeObject();
            layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
            layout.setBBox(new PDRectangle(sidor.vanster(), sidor.y(), bild.bredd(), topp - sidor.y()));
            figur.addAttribute(layout);
        }
        sidor.ner(6);
    }

    private void rita(PDStructureElement figur, Diagrambild.Band band) {
        var ut = sidor.innehall();
        ut.borjaMarkerat(StandardStructureTypes.Figure, struktur.markera(figur, sidor.sida()));
        var x0 = sidor.vanster();
        var y0 = sidor.y();
        for (var form : band.former()) {
            switch (form) {
                case Diagrambild.Ruta r -> ut.ruta(x0 + r.x(), y0 - r.y() - r.h(), r.b(), r.h(), r.farg().rgb());
                case Diagrambild.Text t -> {
                    var tecken = Teckenlista.av(t.text(), t.fet() ? Typsnitt.Vikt.FET : Typsnitt.Vikt.NORMAL, typsnitt);
                    var x = t.mitt() ? t.x() - Rader.bredd(tecken, t.storlek()) / 2 : t.x();
                    Rader.rita(ut, sidor::namn, tecken, t.storlek(), x0 + x, y0 - t.baslinje(), t.ljus() ? 1f : 0f);
                }
            }
        }
        ut.slut();
    }
}
