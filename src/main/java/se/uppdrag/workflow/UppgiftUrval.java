package se.uppdrag.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/** Filtering and ordering of tasks in the inbox. */
final class UppgiftUrval {

    private UppgiftUrval() {
    }

    static boolean passar(Uppgift uppgift, UppgiftFilter filter) {
        if (!filter.typer().isEmpty() && !filter.typer().contains(uppgift.typ())) {
            return false;
        }
        if (filter.baraForsenade() && !uppgift.forsenad()) {
            return false;
        }
        if (filter.text().isEmpty()) {
            return true;
        }
        var text = filter.text().toLowerCase(Locale.ROOT);
        var arende = uppgift.arende();
        return uppgift.namn().toLowerCase(Locale.ROOT).contains(text) || arende != null
                && (arende.titel().toLowerCase(Locale.ROOT).contains(text)
                || arende.diarienummer() != null && arende.diarienummer().toLowerCase(Locale.ROOT).contains(text));
    }

    static Comparator<Uppgift> ordning(UppgiftFilter.Sortering sortering) {
        return switch (sortering) {
            case FORFALLER -> Comparator.comparing((Uppgift u) -> u.forfaller() == null ? LocalDate.MAX : u.forfaller())
                    .thenComparing(Uppgift::skapad);
            case SKAPAD -> Comparator.comparing(Uppgift::skapad).reversed();
            case NAMN -> Comparator.comparing(Uppgift::namn).thenComparing(Uppgift::skapad);
        };
    }
}
