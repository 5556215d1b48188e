package se.uppdrag.reporting.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Rapportperiod;

/** A choice in the period menu: a half-year or a year, or "annan period" with dates of one's own. */
record Periodval(@Nullable Rapportperiod period) {

    static final Periodval ANNAN = new Periodval(null);

    /** The running half-year first, then the three before it, this year and last year, and "annan period". */
    static List<Periodval> val(LocalDate idag) {
        var val = new ArrayList<Periodval>();
        var halvar = Rapportperiod.halvaret(idag);
        for (int i = 0; i < 4; i++) {
            val.add(new Periodval(halvar));
            halvar = Rapportperiod.halvaret(halvar.fran().minusDays(1));
        }
        val.add(new Periodval(Rapportperiod.aret(idag.getYear())));
        val.add(new Periodval(Rapportperiod.aret(idag.getYear() - 1)));
        val.add(ANNAN);
        return val;
    }
}
