package se.uppdrag.security;

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

    private Roller() {
    }
}
