package se.uppdrag.uppdrag;

import static se.uppdrag.uppdrag.UppdragStatus.AVSLAGET;
import static se.uppdrag.uppdrag.UppdragStatus.AVSLUTAT;
import static se.uppdrag.uppdrag.UppdragStatus.ERSATT;
import static se.uppdrag.uppdrag.UppdragStatus.FOR_BESLUT;
import static se.uppdrag.uppdrag.UppdragStatus.PAGAENDE;
import static se.uppdrag.uppdrag.UppdragStatus.PAUSAT;
import static se.uppdrag.uppdrag.UppdragStatus.PA_REMISS;
import static se.uppdrag.uppdrag.UppdragStatus.SLUTRAPPORT_INLAMNAD;
import static se.uppdrag.uppdrag.UppdragStatus.STRUKET;
import static se.uppdrag.uppdrag.UppdragStatus.UTKAST;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The uppdrag's life as one table: every change of status, the states it may start from, where it leads and what the
 * timeline records. The uppdrag ({@code UppdragEntity}) performs them and refuses any other; nothing else writes a
 * status (UPPDRAGSHANDLING.md section 2).
 */
public enum Overgang {

    SKICKA_PA_REMISS(EnumSet.of(UTKAST), PA_REMISS, HandelseTyp.SKICKAT_PA_REMISS),
    /** The round ended: everyone answered, the owner ended it, or the answer date passed. */
    AVSLUTA_REMISS(EnumSet.of(PA_REMISS), UTKAST, HandelseTyp.REMISS_AVSLUTAD),
    SKICKA_FOR_BESLUT(EnumSet.of(UTKAST), FOR_BESLUT, HandelseTyp.SKICKAT_FOR_BESLUT),
    ATERREMITTERA(EnumSet.of(FOR_BESLUT), UTKAST, HandelseTyp.ATERREMITTERAT),
    AVSLA(EnumSet.of(FOR_BESLUT), AVSLAGET, HandelseTyp.AVSLAGET),
    /** Fastställt and registered: the execution phase begins. */
    PABORJA(EnumSet.of(FOR_BESLUT), PAGAENDE, null),
    LAMNA_SLUTRAPPORT(EnumSet.of(PAGAENDE), SLUTRAPPORT_INLAMNAD, HandelseTyp.SLUTRAPPORT_INLAMNAD),
    BEGARA_KOMPLETTERING(EnumSet.of(SLUTRAPPORT_INLAMNAD), PAGAENDE, HandelseTyp.KOMPLETTERING_BEGARD),
    GODKANNA_SLUTRAPPORT(EnumSet.of(SLUTRAPPORT_INLAMNAD), AVSLUTAT, HandelseTyp.SLUTRAPPORT_GODKAND),
    PAUSA(EnumSet.of(PAGAENDE, SLUTRAPPORT_INLAMNAD), PAUSAT, HandelseTyp.PAUSAT),
    /** Back to the status it had when it was paused. */
    ATERUPPTA(EnumSet.of(PAUSAT), null, HandelseTyp.ATERUPPTAGET),
    STRYKA(EnumSet.of(PAGAENDE, PAUSAT, SLUTRAPPORT_INLAMNAD), STRUKET, HandelseTyp.STRUKET),
    /** A revision of it was fastställd and takes its place. */
    ERSATTAS(EnumSet.of(PAGAENDE, PAUSAT, SLUTRAPPORT_INLAMNAD), ERSATT, HandelseTyp.ERSATT);

    private final Set<UppdragStatus> fran;
    private final @Nullable UppdragStatus till;
    private final @Nullable HandelseTyp handelse;

    Overgang(Set<UppdragStatus> fran, @Nullable UppdragStatus till, @Nullable HandelseTyp handelse) {
        this.fran = fran;
        this.till = till;
        this.handelse = handelse;
    }

    public boolean tillats(UppdragStatus status) {
        return fran.contains(status);
    }

    public Set<UppdragStatus> fran() {
        return EnumSet.copyOf(fran);
    }

    /** Where it leads; {@code null} for {@link #ATERUPPTA}, which returns to the status before the pause. */
    public @Nullable UppdragStatus till() {
        return till;
    }

    /** What the timeline records, if anything (the start of the execution phase is recorded as its registration). */
    public @Nullable HandelseTyp handelse() {
        return handelse;
    }

    /** Key of the step's name as a verb phrase ("skickas på remiss") in the translations. */
    public String textnyckel() {
        return "overgang." + name();
    }
}
