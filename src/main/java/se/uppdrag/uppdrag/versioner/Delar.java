package se.uppdrag.uppdrag.versioner;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.dokument.Dokument;

/**
 * A section taken apart for comparison: its paragraphs, and its lists (bullets, or table rows keyed by their first
 * column), each named by the paragraph that introduces it ("För genomförande:") or the table's first heading.
 */
record Delar(List<Post> stycken, List<Lista> listor) {

    /** An item: what identifies it across versions, its text, and where it stands in the section. */
    record Post(String nyckel, String text, int plats) {
    }

    record Lista(@Nullable String namn, List<Post> poster) {
    }

    static Delar avHuvud(List<String> rader) {
        var stycken = new ArrayList<Post>();
        for (int i = 0; i < rader.size(); i++) {
            stycken.add(new Post(rader.get(i), rader.get(i), i * 1000));
        }
        return new Delar(stycken, List.of());
    }

    static Delar av(Dokument.Sektion sektion) {
        var stycken = new ArrayList<Post>();
        var listor = new ArrayList<Lista>();
        String inledning = null;
        for (int b = 0; b < sektion.block().size(); b++) {
            var plats = b * 1000;
            switch (sektion.block().get(b)) {
                case Dokument.Stycke stycke -> {
                    stycken.add(new Post(stycke.text(), stycke.text(), plats));
                    inledning = stycke.text().endsWith(":") ? stycke.text().substring(0, stycke.text().length() - 1) : null;
                    continue;
                }
                case Dokument.Punkter punkter -> {
                    var poster = new ArrayList<Post>();
                    for (int i = 0; i < punkter.punkter().size(); i++) {
                        var text = punkter.punkter().get(i).text();
                        poster.add(new Post(text, text, plats + i + 1));
                    }
                    listor.add(new Lista(inledning, poster));
                }
                case Dokument.Tabell tabell -> {
                    var poster = new ArrayList<Post>();
                    for (int i = 0; i < tabell.rader().size(); i++) {
                        var rad = tabell.rader().get(i);
                        poster.add(new Post(rad.isEmpty() ? "" : rad.getFirst(), radtext(tabell.rubriker(), rad), plats + i + 1));
                    }
                    listor.add(new Lista(tabell.rubriker().isEmpty() ? null : tabell.rubriker().getFirst(), poster));
                }
                case Dokument.Diagram diagram -> {
                    // a picture's words are its table's, compared there
                }
            }
            inledning = null;
        }
        return new Delar(stycken, listor);
    }

    /** "Nulägesanalys; Tidplan: Juni – aug 2026; Ansvarig: Märta Medlem": the first column, then the others named. */
    private static String radtext(List<String> rubriker, List<String> rad) {
        var text = new StringBuilder(rad.isEmpty() ? "" : rad.getFirst());
        for (int k = 1; k < rad.size(); k++) {
            if (!rad.get(k).isBlank()) {
                text.append("; ").append(k < rubriker.size() ? rubriker.get(k) + ": " : "").append(rad.get(k));
            }
        }
        return text.toString();
    }
}
