package se.uppdrag.personer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

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

    /** The Swedish name of the kind, as error messages write it. */
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
