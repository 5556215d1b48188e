package se.uppdrag.dokument;

import java.util.ArrayList;
import java.util.List;
import se.uppdrag.dokument.Dokument.Diagram;
import se.uppdrag.dokument.Dokument.Diagram.Farg;

/**
 * A {@link Diagram} laid out in points, the same for the PDF and the screen's SVG: a head band (title and legend), then
 * one band per category (its name, then its bars), each band's shapes measured from its own top left, so that a page
 * can break between bands.
 */
record Diagrambild(float bredd, List<Band> band) {

    static final float TITEL = 10f;
    static final float FORKLARING = 9f;
    static final float KATEGORI = 9f;
    static final float VARDE = 8.5f;
    private static final float STAPEL = 11f;
    private static final float STAPLAD = 18f;
    private static final float RUTA = 8f;

    Diagrambild {
        band = List.copyOf(band);
    }

    float hojd() {
        return (float) band.stream().mapToDouble(Band::hojd).sum();
    }

    record Band(float hojd, List<Form> former) {

        Band {
            former = List.copyOf(former);
        }
    }

    sealed interface Form permits Ruta, Text {
    }

    /** A filled rectangle; {@code namn} says what it stands for ("Grön: 3"), for a tooltip. */
    record Ruta(float x, float y, float b, float h, Farg farg, String namn) implements Form {
    }

    /** A text on a baseline, starting at x or (mitt) centred on it; {@code ljus} white, else black. */
    record Text(float x, float baslinje, String text, float storlek, boolean fet, boolean mitt, boolean ljus) implements Form {
    }

    /** How wide a text is set in the writer's font. */
    interface Matt {
        float bredd(String text, float storlek, boolean fet);
    }

    static Diagrambild av(Diagram diagram, float bredd, Matt matt) {
        var band = new ArrayList<Band>();
        band.add(huvud(diagram, bredd, matt));
        var staplad = diagram.stapling() == Diagram.Stapling.STAPLAD;
        var textbredd = 0f;
        var storst = 0d;
        for (int k = 0; k < diagram.kategorier().size(); k++) {
            var summa = 0d;
            for (var serie : diagram.serier()) {
                var stapel = serie.staplar().get(k);
                summa += Math.max(0, stapel.varde());
                storst = staplad ? storst : Math.max(storst, stapel.varde());
                textbredd = Math.max(textbredd, matt.bredd(stapel.text(), VARDE, false));
            }
            storst = staplad ? Math.max(storst, summa) : storst;
        }
        var skala = (bredd - (staplad ? 0 : textbredd + 6)) / (storst > 0 ? storst : 1);
        for (int k = 0; k < diagram.kategorier().size(); k++) {
            var former = new ArrayList<Form>();
            former.add(new Text(0, KATEGORI, diagram.kategorier().get(k), KATEGORI, true, false, false));
            var y = KATEGORI * 1.5f;
            var x = 0f;
            for (var serie : diagram.serier()) {
                var stapel = serie.staplar().get(k);
                var langd = (float) (Math.max(0, stapel.varde()) * skala);
                var namn = serie.namn() + ": " + stapel.text();
                if (staplad) {
                    if (langd > 0) {
                        former.add(new Ruta(x, y, langd, STAPLAD, serie.farg(), namn));
                        if (matt.bredd(stapel.text(), VARDE, true) + 4 <= langd) {
                            former.add(new Text(x + langd / 2, baslinje(y, STAPLAD), stapel.text(), VARDE, true, true,
                                    serie.farg().ljusText()));
                        }
                    }
                    x += langd;
                } else {
                    if (langd > 0) {
                        former.add(new Ruta(0, y, langd, STAPEL, serie.farg(), namn));
                    }
                    former.add(new Text(langd + 3, baslinje(y, STAPEL), stapel.text(), VARDE, false, false, false));
                    y += STAPEL + 2;
                }
            }
            y += staplad ? STAPLAD : 0;
            band.add(new Band(y + 8, former));
        }
        return new Diagrambild(bredd, band);
    }

    /** The title, then the legend: a square of each series' colour and its name, wrapped to the width. */
    private static Band huvud(Diagram diagram, float bredd, Matt matt) {
        var former = new ArrayList<Form>();
        former.add(new Text(0, TITEL, diagram.titel(), TITEL, true, false, false));
        var rad = TITEL * 1.4f + 4;
        var x = 0f;
        for (var serie : diagram.serier()) {
            var post = RUTA + 4 + matt.bredd(serie.namn(), FORKLARING, false);
            if (x > 0 && x + post > bredd) {
                x = 0;
                rad += FORKLARING * 1.5f;
            }
            former.add(new Ruta(x, rad, RUTA, RUTA, serie.farg(), serie.namn()));
            former.add(new Text(x + RUTA + 4, rad + RUTA - 0.5f, serie.namn(), FORKLARING, false, false, false));
            x += post + 14;
        }
        return new Band(rad + FORKLARING * 1.5f + 6, former);
    }

    private static float baslinje(float topp, float hojd) {
        return topp + hojd / 2 + VARDE * 0.35f;
    }
}
