package se.uppdrag.dokument;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.jspecify.annotations.Nullable;

/**
 * Sets a table as Table/THead/TBody/TR/TH/TD, the headings scoped to their columns. A row that does not fit goes to
 * the next page, where the heading row is repeated as a pagination artifact (so it is read once); a row taller than a
 * page is split between pages. Cell borders are layout artifacts.
 */
final class Tabellsattare {

    private static final float RUBRIK = 10f;
    private static final float LUFT = 3f;
    private static final float LINJE = 0.5f;

    private final Sattare sattare;
    private final Sidor sidor;
    private final Struktur struktur;

    Tabellsattare(Sattare sattare, Sidor sidor, Struktur struktur) {
        this.sattare = sattare;
        this.sidor = sidor;
        this.struktur = struktur;
    }

    /** A row laid out: each cell's lines, the font size, and the elements its cells are content of. */
    private record Rad(List<List<List<Tecken>>> celler, float storlek, @Nullable List<PDStructureElement> element) {

        int antalRader() {
            return Math.max(1, celler.stream().mapToInt(List::size).max().orElse(1));
        }

        float hojd(int rader) {
            return rader * storlek * Sattare.RADAVSTAND + 2 * LUFT;
        }

        Rad somArtefakt() {
            return new Rad(celler, storlek, null);
        }
    }

    void tabell(Dokument.Tabell tabell, PDStructureElement foralder) {
        var bredder = bredder(tabell);
        var table = struktur.nytt(StandardStructureTypes.TABLE, foralder);
        var thead = struktur.nytt(StandardStructureTypes.T_HEAD, table);
        var rubrik = rad(tabell.rubriker(), bredder, Typsnitt.Vikt.FET, RUBRIK, celler(thead, StandardStructureTypes.TH, bredder.length));
        sidor.ner(4);
        var forsta = tabell.rader().isEmpty() ? 0 : rad(tabell.rader().getFirst(), bredder, Typsnitt.Vikt.NORMAL, Sattare.TEXT, null).hojd(1);
        sidor.behov(rubrik.hojd(rubrik.antalRader()) + forsta);
        rita(rubrik, bredder, 0, rubrik.antalRader());
        var tbody = struktur.nytt(StandardStructureTypes.T_BODY, table);
        for (var rad : tabell.rader()) {
            var celler = new ArrayList<>(rad);
            while (celler.size() < bredder.length) {
                celler.add("");
            }
            radOverSidor(rad(celler, bredder, Typsnitt.Vikt.NORMAL, Sattare.TEXT, celler(tbody, StandardStructureTypes.TD, bredder.length)),
                    rubrik.somArtefakt(), bredder);
        }
        sidor.ner(6);
    }

    private void radOverSidor(Rad rad, Rad rubrik, float[] bredder) {
        var antal = rad.antalRader();
        var fran = 0;
        while (fran < antal) {
            var ryms = (int) Math.floor((sidor.ledigt() - 2 * LUFT) / (rad.storlek() * Sattare.RADAVSTAND));
            var kvar = antal - fran;
            if (kvar <= ryms) {
                rita(rad, bredder, fran, antal);
                return;
            }
            var helSida = sidor.helSida() - rubrik.hojd(rubrik.antalRader());
            if (ryms >= 1 && !(fran == 0 && rad.hojd(kvar) <= helSida)) {
                rita(rad, bredder, fran, fran + ryms);
                fran += ryms;
            }
            sidor.ny();
            var ut = sidor.innehall();
            ut.borjaArtefakt("Pagination");
            rita(rubrik, bredder, 0, rubrik.antalRader());
            ut.slut();
        }
    }

    private List<PDStructureElement> celler(PDStructureElement grupp, String typ, int antal) {
        var tr = struktur.nytt(StandardStructureTypes.TR, grupp);
        var celler = new ArrayList<PDStructureElement>();
        for (int i = 0; i < antal; i++) {
            if (typ.equals(StandardStructureTypes.TH)) {
                var omfang = new PDTableAttributeObject();
                omfang.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                celler.add(struktur.nytt(typ, tr, omfang));
            } else {
                celler.add(struktur.nytt(typ, tr));
            }
        }
        return celler;
    }

    private Rad rad(List<String> texter, float[] bredder, Typsnitt.Vikt vikt, float storlek, @Nullable List<PDStructureElement> element) {
        var celler = new ArrayList<List<List<Tecken>>>();
        for (int k = 0; k < bredder.length; k++) {
            var text = k < texter.size() ? texter.get(k) : "";
            celler.add(text.isBlank() ? List.of() : sattare.rader(text, vikt, storlek, bredder[k] - 2 * LUFT));
        }
        return new Rad(celler, storlek, element);
    }

    /** Draws lines {@code fran} to {@code till} of a row at the current height, with its borders. */
    private void rita(Rad rad, float[] bredder, int fran, int till) {
        var topp = sidor.y();
        var hojd = rad.hojd(till - fran);
        var x = sidor.vanster();
        var radhojd = rad.storlek() * Sattare.RADAVSTAND;
        for (int k = 0; k < bredder.length; k++) {
            var cell = rad.celler().get(k);
            for (int i = fran; i < Math.min(till, cell.size()); i++) {
                var y = topp - LUFT - (i - fran) * radhojd;
                if (rad.element() != null) {
                    sattare.rad(rad.element().get(k), cell.get(i), rad.storlek(), x + LUFT, y);
                } else {
                    Rader.rita(sidor.innehall(), sidor::namn, cell.get(i), rad.storlek(), x + LUFT, Sattare.baslinje(y, rad.storlek()), 0);
                }
            }
            x += bredder[k];
        }
        kanter(bredder, topp, hojd);
        sidor.ner(hojd);
    }

    private void kanter(float[] bredder, float topp, float hojd) {
        var ut = sidor.innehall();
        ut.borjaArtefakt("Layout");
        var vanster = sidor.vanster();
        var hoger = vanster + sidor.bredd();
        ut.linje(vanster, topp, hoger, topp, LINJE);
        ut.linje(vanster, topp - hojd, hoger, topp - hojd, LINJE);
        var x = vanster;
        ut.linje(x, topp, x, topp - hojd, LINJE);
        for (var b : bredder) {
            x += b;
            ut.linje(x, topp, x, topp - hojd, LINJE);
        }
        ut.slut();
    }

    private float[] bredder(Dokument.Tabell tabell) {
        var antal = tabell.rubriker().size();
        var delar = tabell.bredder() != null && tabell.bredder().size() == antal ? tabell.bredder() : null;
        var summa = delar == null ? antal : delar.stream().mapToInt(Integer::intValue).sum();
        var bredder = new float[antal];
        for (int k = 0; k < antal; k++) {
            bredder[k] = sidor.bredd() * (delar == null ? 1 : delar.get(k)) / summa;
        }
        return bredder;
    }
}
