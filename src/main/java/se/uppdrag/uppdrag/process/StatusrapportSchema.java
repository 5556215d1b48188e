package se.uppdrag.uppdrag.process;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.uppdrag.uppdrag.Rapportschema;
import se.uppdrag.uppdrag.Statusrapportering;

/**
 * The region's configured status report dates (MM-dd): twice a year by default, every quarter or every tertial for
 * uppdrag that choose it, and how many days the uppdragstagare has to answer. The dates are the seed of the schedule:
 * once an administrator has saved the dates of a cadence ({@link Rapportdatumen}), those count.
 */
@ConfigurationProperties("uppdrag.statusrapport")
public record StatusrapportSchema(List<String> halvar, List<String> kvartal, List<String> tertial, int svarstidDagar) {

    public StatusrapportSchema {
        halvar = halvar == null || halvar.isEmpty() ? List.of("04-15", "10-15") : List.copyOf(halvar);
        kvartal = kvartal == null || kvartal.isEmpty() ? List.of("03-15", "06-15", "09-15", "12-15") : List.copyOf(kvartal);
        tertial = tertial == null || tertial.isEmpty() ? List.of("05-15", "09-15", "01-15") : List.copyOf(tertial);
        svarstidDagar = svarstidDagar <= 0 ? 14 : svarstidDagar;
    }

    /** The configured dates as a schedule. */
    public Rapportschema rapportschema() {
        return Rapportschema.av(Map.of(Statusrapportering.HALVAR, String.join(",", halvar),
                Statusrapportering.KVARTAL, String.join(",", kvartal), Statusrapportering.TERTIAL, String.join(",", tertial)));
    }
}
