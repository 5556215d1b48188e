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

    /**
     * A section under its heading; {@code niva} 1 is a part of the document (H1 in the PDF), 2 a sub-section of the
     * section of level 1 before it (H2).
     */
    public record Sektion(String rubrik, List<Block> block, int niva) {

        public Sektion {
            block = List.copyOf(block);
            if (niva < 1 || niva > 2) {
                throw new IllegalArgumentException("A section is of level 1 or 2, not " + niva);
            }
        }

        public Sektion(String rubrik, List<Block> block) {
            this(rubrik, block, 1);
        }

        /** A sub-section of the part before it. */
        public static Sektion under(String rubrik, List<Block> block) {
            return new Sektion(rubrik, block, 2);
        }
    }

    public sealed interface Block permits Stycke, Punkter, Tabell, Diagram {
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

    /**
     * A table; {@code bredder} gives the columns' relative widths, or null for equal columns; {@code markeringar}, one
     * per row or none, what the screen adds to a row (paper has neither).
     */
    public record Tabell(List<String> rubriker, List<List<String>> rader, @Nullable List<Integer> bredder,
            List<Radmarkering> markeringar) implements Block {

        public Tabell {
            rubriker = List.copyOf(rubriker);
            rader = rader.stream().map(List::copyOf).toList();
            bredder = bredder == null ? null : List.copyOf(bredder);
            markeringar = List.copyOf(markeringar);
            if (!markeringar.isEmpty() && markeringar.size() != rader.size()) {
                throw new IllegalArgumentException(markeringar.size() + " markings for " + rader.size() + " rows");
            }
        }

        public Tabell(List<String> rubriker, List<List<String>> rader, @Nullable List<Integer> bredder) {
            this(rubriker, rader, bredder, List.of());
        }

        public Tabell(List<String> rubriker, List<List<String>> rader) {
            this(rubriker, rader, null);
        }
    }

    /**
     * A row's link on screen: the uppdrag its first cell names ({@code lank}, "uppdrag/12"), and a style for that cell
     * ({@code klass}, e.g. its traffic light), either null.
     */
    public record Radmarkering(@Nullable String lank, @Nullable String klass) {
    }

    /**
     * A bar chart: one band per category (a målområde), in it a bar per series, side by side ({@link Stapling#GRUPPERAD})
     * or one bar of the series' segments ({@link Stapling#STAPLAD}), each bar with its value written on or beside it.
     * {@code alt} says in words what it shows, for those who cannot see it; the table after it carries the figures.
     */
    public record Diagram(String titel, List<String> kategorier, List<Serie> serier, Stapling stapling, String alt)
            implements Block {

        public enum Stapling { STAPLAD, GRUPPERAD }

        public Diagram {
            kategorier = List.copyOf(kategorier);
            serier = List.copyOf(serier);
            if (alt.isBlank()) {
                throw new IllegalArgumentException("A diagram needs a text alternative");
            }
            for (var serie : serier) {
                if (serie.staplar().size() != kategorier.size()) {
                    throw new IllegalArgumentException("Series " + serie.namn() + " has " + serie.staplar().size()
                            + " values for " + kategorier.size() + " categories");
                }
            }
        }

        /** A series: its name in the legend, its colour, and its value per category. */
        public record Serie(String namn, Farg farg, List<Stapel> staplar) {

            public Serie {
                staplar = List.copyOf(staplar);
            }
        }

        /** A value, drawn to scale (below zero as nothing), and as {@code text} ("3", "1 250 000"). */
        public record Stapel(double varde, String text) {
        }

        /**
         * Colours a reader with any common colour-vision deficiency can tell apart (Okabe and Ito's palette), with the
         * grey for what has no colour; {@code ljusText} when white text reads better on it than black.
         */
        public enum Farg {
            GRON(0x009E73, false), GUL(0xF0E442, false), ROD(0xD55E00, false), GRA(0xBDBDBD, false), BLA(0x0072B2, true),
            ORANGE(0xE69F00, false), HIMMELSBLA(0x56B4E9, false), LILA(0xCC79A7, false), MORKGRA(0x4D4D4D, true);

            private final int rgb;
            private final boolean ljusText;

            Farg(int rgb, boolean ljusText) {
                this.rgb = rgb;
                this.ljusText = ljusText;
            }

            /** "#009E73". */
            public String hex() {
                return String.format("#%06X", rgb);
            }

            /** Red, green and blue from 0 to 1. */
            public float[] rgb() {
                return new float[] {(rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f};
            }

            public boolean ljusText() {
                return ljusText;
            }
        }
    }
}
