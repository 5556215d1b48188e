package se.uppdrag.personer;

import org.jspecify.annotations.Nullable;

/** A unit of the organisation tree: region, förvaltning, koncernkontor, avdelning or enhet. */
public record Enhet(EnhetId id, String namn, Enhetskod kod, Enhetstyp typ, @Nullable EnhetId overordnad, boolean aktiv) {

    /** "Namn (KOD)" as pickers and lists show a unit. */
    public String visning() {
        return namn + " (" + kod.value() + ")";
    }
}
