package se.uppdrag.personer;

import org.jspecify.annotations.Nullable;

/** What is needed to add a unit to the organisation tree. */
public record NyEnhet(String namn, Enhetskod kod, Enhetstyp typ, @Nullable EnhetId overordnad) {

    public NyEnhet {
        namn = Enhetsnamn.kontrollera(namn);
    }
}
