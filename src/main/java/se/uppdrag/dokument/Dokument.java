package se.uppdrag.dokument;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as paper reads: header lines and sections in order, in the document's own Swedish wording (the
 * uppdragshandling, the uppföljningsrapport). The screen and the PDF both draw from this, so they always say the same.
 * {@code sidmarkering}, when given, is printed at the head of every page (a sekretess marking).
 */
public record Dokument(List<String> huvud, List<Sektion> sektioner, @Nullable String sidmarkering) {

    public Dokument {
        huvud = List.copyOf(huvud);
        sektioner = List.copyOf(sektioner);
        sidmarkering = sidmarkering == null || sidmarkering.isBlank() ? null : sidmarkering.strip();
    }

    public Dokument(List<String> huvud, List<Sektion> sektioner) {
        this(huvud, sektioner, null);
    }

    /** The same document marked on every page, and once as its first header line (read as content, not only drawn). */
    public Dokument medSidmarkering(String markering) {
        var rader = new java.util.ArrayList<String>();
        rader.add(markering);
        rader.addAll(huvud);
        return new Dokument(rader, sektioner, markering);
    }

    public record Sektion(String rubrik, List<Block> block) {

        public Sektion {
            block = List.copyOf(block);
        }
    }

    public sealed interface Block permits Stycke, Punkter, Tabell {
    }

    /** A paragraph; {@code lank} (an uppdrag in the application) when it refers to one; {@code klass} for styling. */
    public record Stycke(String text, @Nullable String lank, @Nullable String klass) implements Block {

        public static Stycke av(String text) {
            return new Stycke(text, null, null);
        }
    }

    public record Punkter(List<Stycke> punkter) implements Block {

        public Punkter {
            punkter = List.copyOf(punkter);
        }
    }

    /** A table; {@code bredder} gives the columns' relative widths, or null for equal columns. */
    public record Tabell(List<String> rubriker, List<List<String>> rader, @Nullable List<Integer> bredder) implements Block {

        public Tabell {
            rubriker = List.copyOf(rubriker);
            rader = rader.stream().map(List::copyOf).toList();
            bredder = bredder == null ? null : List.copyOf(bredder);
        }

        public Tabell(List<String> rubriker, List<List<String>> rader) {
            this(rubriker, rader, null);
        }
    }
}
