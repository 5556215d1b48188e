package se.uppdrag.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * The application-wide roles. Being uppdragsgivare, arbetsgrupp member or beslutsfattare is not a role:
 * it follows from being named in an uppdrag.
 */
public final class Roller {

    /** Every user who may log in. */
    public static final String ANVANDARE = "ANVANDARE";
    /** May create new uppdrag (handläggare, uppdragsägare). */
    public static final String HANDLAGGARE = "HANDLAGGARE";
    /** Keeps the diarium; sees every uppdrag. */
    public static final String REGISTRATOR = "REGISTRATOR";
    /** Administers the application; sees every uppdrag. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    /** The roles an administrator chooses for a login, in the order the form shows them. */
    public static final List<String> VALBARA = List.of(HANDLAGGARE, REGISTRATOR, ADMINISTRATOR);

    /** The chosen roles plus {@link #ANVANDARE}, which every login has; unknown roles are refused. */
    public static Set<String> medAnvandare(Set<String> roller) {
        var alla = new HashSet<String>(roller);
        alla.add(ANVANDARE);
        if (!alla.stream().allMatch(roll -> roll.equals(ANVANDARE) || VALBARA.contains(roll))) {
            throw new OgiltigtVardeException("sakerhet.fel.okand-roll", roller);
        }
        return Set.copyOf(alla);
    }

    private Roller() {
    }
}
