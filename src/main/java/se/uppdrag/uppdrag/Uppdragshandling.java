package se.uppdrag.uppdrag;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.personer.Person;

/**
 * The uppdragshandling, section by section in the order of the paper document (UPPDRAGSHANDLING.md §1).
 * A new draft has no id and no diarienummer; {@code version} is what the editor read, so that a save
 * over someone else's change is detected.
 */
public record Uppdragshandling(
        @Nullable UppdragId id,
        long version,
        UppdragStatus status,
        Person agare,
        Huvud huvud,
        @Nullable Diarienummer diarienummer,
        String titel,
        List<Person> uppdragsgivare,
        @Nullable Person uppdragstagare,
        @Nullable Ersatter ersatter,
        @Nullable String beskrivning,
        List<String> innefattar,
        List<String> ska,
        Arbetsorganisation arbetsorganisation,
        Samband samband,
        @Nullable String kommunikation,
        Tidplan tidplan,
        Finansiering finansiering,
        Beslutsform beslutsform,
        Distribution distribution) {

    public Uppdragshandling {
        uppdragsgivare = List.copyOf(uppdragsgivare);
        innefattar = List.copyOf(innefattar);
        ska = List.copyOf(ska);
    }

    /** The same handling, placed in a plan (or taken out of one with {@link Planplacering#INGEN}). */
    public Uppdragshandling iPlan(Planplacering plan) {
        return new Uppdragshandling(id, version, status, agare, new Huvud(huvud.organisation(), huvud.enhet(), huvud.datum(), plan),
                diarienummer, titel, uppdragsgivare, uppdragstagare, ersatter, beskrivning, innefattar, ska, arbetsorganisation,
                samband, kommunikation, tidplan, finansiering, beslutsform, distribution);
    }

    public boolean arNytt() {
        return id == null;
    }
}
