package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;

/**
 * An uppdrag with the uppdrag it replaces ("ersätter") and those that replace it, oldest first. A link of the
 * chain the user may not open says nothing about that uppdrag.
 */
public record Ersattningskedja(List<Led> led) {

    public Ersattningskedja {
        led = List.copyOf(led);
    }

    public enum Plats { TIDIGARE, DETTA, SENARE }

    /**
     * One uppdrag of the chain: before or after this one, whether it is linked to this one directly (the one it
     * replaces, or a revision of it), and what the user may see of it (null: not allowed to open it).
     */
    public record Led(Plats plats, boolean direkt, @Nullable Kort uppdrag) {

        public boolean kanOppnas() {
            return uppdrag != null;
        }
    }

    public record Kort(UppdragId id, String titel, @Nullable Diarienummer diarienummer, LocalDate datum, UppdragStatus status) {
    }

    /** Only this uppdrag: nothing replaced, nothing replacing it. */
    public boolean arEnsam() {
        return led.size() <= 1;
    }

    public List<Led> ersatter() {
        return led.stream().filter(l -> l.plats() == Plats.TIDIGARE && l.direkt()).toList();
    }

    public List<Led> ersattAv() {
        return led.stream().filter(l -> l.plats() == Plats.SENARE && l.direkt()).toList();
    }
}
