package se.uppdrag.notification;

/**
 * The kinds of mail. Mails that carry a decision or a distribution cannot be turned off: they are how the
 * uppdrag is formally sent out.
 */
public enum MailTyp {
    UPPGIFT_TILLDELAD(true),
    UPPGIFT_ERBJUDEN(true),
    REMISS(true),
    BESLUT_BEGART(true),
    BESLUT_FATTAT(false),
    DISTRIBUTION_GENOMFORANDE(false),
    DISTRIBUTION_KANNEDOM(false),
    PAMINNELSE(true),
    ESKALERING(true),
    STATUSRAPPORT_BEGARD(true),
    SLUTRAPPORT_INLAMNAD(true),
    UPPDRAG_AVSLUTAT(true),
    UPPDRAG_PAUSAT(true),
    UPPDRAG_ATERUPPTAGET(true),
    UPPDRAG_STRUKET(true),
    UPPDRAG_REVIDERAT(true),
    ATERREDOVISNING_FLYTTAD(true),
    /** A period report's task for its compiler or its decision-maker. */
    UPPFOLJNINGSRAPPORT_UPPGIFT(true),
    /** A period report approved and frozen, to its compiler, with the approved PDF. */
    UPPFOLJNINGSRAPPORT_GODKAND(true),
    SAMMANDRAG(false),
    /** A new login's link to set the first password; not a choice under Mina inställningar. */
    INLOGGNING_SKAPAD(false),
    /** An administrator's reset link; not a choice under Mina inställningar. */
    LOSENORD_ATERSTALLNING(false);

    private final boolean kanStangasAv;

    MailTyp(boolean kanStangasAv) {
        this.kanStangasAv = kanStangasAv;
    }

    public boolean kanStangasAv() {
        return kanStangasAv;
    }

    /** Whether the user chooses how this kind arrives (the digest itself and the login mails are not chosen). */
    public boolean valbar() {
        return this != SAMMANDRAG && this != INLOGGNING_SKAPAD && this != LOSENORD_ATERSTALLNING;
    }
}
