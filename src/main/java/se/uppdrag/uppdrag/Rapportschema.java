package se.uppdrag.uppdrag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dates in the year when status reports are asked for, per cadence, each as MM-dd: at least one per cadence, and
 * no 29 February (it is not there every year). Checked when made, so a schedule that exists is a valid one.
 */
public record Rapportschema(Map<Statusrapportering, List<MonthDay>> datum) {

    private static final Pattern MM_DD = Pattern.compile("\\d{2}-\\d{2}");
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("MM-dd");

    public Rapportschema {
        var kopia = new EnumMap<Statusrapportering, List<MonthDay>>(Statusrapportering.class);
        for (var rapportering : Statusrapportering.values()) {
            var dagar = datum.getOrDefault(rapportering, List.of());
            if (dagar.isEmpty()) {
                throw new RapportschemaFelException(rapportering, "statusrapportschema.fel.inget-datum");
            }
            if (dagar.contains(MonthDay.of(2, 29))) {
                throw new RapportschemaFelException(rapportering, "statusrapportschema.fel.skottdag");
            }
            kopia.put(rapportering, dagar.stream().distinct().sorted().toList());
        }
        datum = java.util.Collections.unmodifiableMap(kopia);
    }

    /** The schedule from text, one comma-separated list of MM-dd per cadence; a bad date is refused at its cadence. */
    public static Rapportschema av(Map<Statusrapportering, String> text) {
        var datum = new EnumMap<Statusrapportering, List<MonthDay>>(Statusrapportering.class);
        text.forEach((rapportering, lista) -> datum.put(rapportering, Arrays.stream(lista.split("[,;\\s]+"))
                .filter(del -> !del.isBlank()).map(del -> dag(rapportering, del)).toList()));
        return new Rapportschema(datum);
    }

    private static MonthDay dag(Statusrapportering rapportering, String text) {
        if (!MM_DD.matcher(text).matches()) {
            throw new RapportschemaFelException(rapportering, "statusrapportschema.fel.format", text);
        }
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException finnsInte) {
            throw new RapportschemaFelException(rapportering, "statusrapportschema.fel.finns-inte", text);
        }
    }

    /** The first scheduled date after {@code efter}, across the year's end when the year has none left. */
    public LocalDate nasta(Statusrapportering rapportering, LocalDate efter) {
        var dagar = datum.get(rapportering);
        for (int ar = efter.getYear(); ; ar++) {
            for (var dag : dagar) {
                var kandidat = dag.atYear(ar);
                if (kandidat.isAfter(efter)) {
                    return kandidat;
                }
            }
        }
    }

    /** The cadence's dates as the administrator writes them: "04-15, 10-15". */
    public String text(Statusrapportering rapportering) {
        return String.join(", ", datum.get(rapportering).stream().map(TEXT::format).toList());
    }
}
