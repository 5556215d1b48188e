package se.uppdrag.personer;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;

/** The kinds of unit in a region's tree, and under which kind each may sit. */
public enum Enhetstyp {
    REGION,
    FORVALTNING,
    KONCERNKONTOR,
    AVDELNING,
    ENHET;

    /** Whether a unit of this kind may sit under a unit of the given kind (null: at the root). */
    public boolean tillatenUnder(@Nullable Enhetstyp overordnad) {
        return switch (this) {
            case REGION -> overordnad == null;
            case FORVALTNING, KONCERNKONTOR -> overordnad == REGION;
            case AVDELNING -> overordnad != null && Set.of(FORVALTNING, KONCERNKONTOR, AVDELNING).contains(overordnad);
            case ENHET -> overordnad != null && overordnad != REGION;
        };
    }

    /** The name of the kind as a message writes it ("en förvaltning"), by key, in the message's language. */
    public Meddelande namnIText() {
        return new Meddelande("organisation.typ.i-text." + name());
    }

    /** The Swedish name of the kind, as the directory's log writes it. */
    public String benamning() {
        return switch (this) {
            case REGION -> "region";
            case FORVALTNING -> "förvaltning";
            case KONCERNKONTOR -> "koncernkontor";
            case AVDELNING -> "avdelning";
            case ENHET -> "enhet";
        };
    }
}
