package se.uppdrag.uppdrag.process;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.uppdrag.uppdrag.Statusrapportering;

/**
 * When status reports are asked for: twice a year by default, every quarter for uppdrag that choose it
 * (dates as MM-dd, configurable per region), and how many days the uppdragstagare has to answer.
 */
@ConfigurationProperties("uppdrag.statusrapport")
public record StatusrapportSchema(List<String> halvar, List<String> kvartal, int svarstidDagar) {

    public StatusrapportSchema {
        halvar = halvar == null || halvar.isEmpty() ? List.of("04-15", "10-15") : List.copyOf(halvar);
        kvartal = kvartal == null || kvartal.isEmpty() ? List.of("03-15", "06-15", "09-15", "12-15") : List.copyOf(kvartal);
        svarstidDagar = svarstidDagar <= 0 ? 14 : svarstidDagar;
    }

    /** The first scheduled date after {@code efter}. */
    public LocalDate nasta(Statusrapportering rapportering, LocalDate efter) {
        var datum = (rapportering == Statusrapportering.KVARTAL ? kvartal : halvar).stream()
                .map(text -> MonthDay.parse("--" + text.strip())).sorted().toList();
        for (int ar = efter.getYear(); ; ar++) {
            for (var dag : datum) {
                var kandidat = dag.atYear(ar);
                if (kandidat.isAfter(efter)) {
                    return kandidat;
                }
            }
        }
    }
}
