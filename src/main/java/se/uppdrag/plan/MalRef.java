package se.uppdrag.plan;

import java.io.Serializable;

/** A mål of a plan, as an indicator names it: its row, its målområde and its text. */
public record MalRef(long id, MalomradeId malomrade, String malomradeNamn, String text) implements Serializable {

    /** "God och nära vård: Fler ska få vård i hemmet". */
    public String benamning() {
        return malomradeNamn + ": " + text;
    }
}
