package se.uppdrag.uppdrag;

/**
 * Where an uppdrag is in its life (UPPDRAGSHANDLING.md section 2). The lifecycle process moves it;
 * a new uppdrag starts as UTKAST.
 */
public enum UppdragStatus {
    UTKAST,
    PA_REMISS,
    FOR_BESLUT,
    PAGAENDE,
    PAUSAT,
    SLUTRAPPORT_INLAMNAD,
    AVSLUTAT,
    AVSLAGET,
    STRUKET,
    /** Superseded by a revised uppdragshandling that was fastställd; kept on record. */
    ERSATT;

    /** Decided and not yet closed: the uppdragsgivare may pause, strike or revise it. */
    public boolean arBeslutatOchOppet() {
        return this == PAGAENDE || this == PAUSAT || this == SLUTRAPPORT_INLAMNAD;
    }

    /** Key of the status's name in the translations (vaadin-i18n). */
    public String textnyckel() {
        return "status." + name();
    }
}
