package se.uppdrag.uppdrag;

/** The kinds of step in an uppdrag's timeline. */
public enum HandelseTyp {
    SKAPAT, SKICKAT_PA_REMISS, REMISSVAR, REMISS_AVSLUTAD, SVARSDATUM_PASSERAT, SKICKAT_FOR_BESLUT, FASTSTALLT_AV,
    FASTSTALLT, ATERREMITTERAT, AVSLAGET, REGISTRERAT, REGISTRERING_BEKRAFTAD, AKTIVITET_KLAR, STATUSRAPPORT,
    SLUTRAPPORT_INLAMNAD, SLUTRAPPORT_GODKAND_AV, SLUTRAPPORT_GODKAND, KOMPLETTERING_BEGARD, PAUSAT, ATERUPPTAGET, STRUKET, REVIDERING_STARTAD,
    ERSATT,
    // a complete record (issue 13, item 5): actions on the uppdrag and its tasks that are no step of its life
    UTKAST_ANDRAT, PDF_HAMTAD, UPPGIFT_TAGEN, UPPGIFT_SLAPPT, UPPGIFT_DELEGERAD, UPPGIFT_ATERLAMNAD, UPPGIFT_OMFORDELAD,
    UPPGIFT_KOMMENTERAD,
    // substitutes (issue 13, item 2)
    UPPGIFT_TILL_ERSATTARE, UPPGIFT_FRAN_ERSATTARE,
    /** The sekretess marking was set, changed (old → new provision) or removed. */
    SEKRETESS_MARKERAD, SEKRETESS_ANDRAD, SEKRETESS_HAVD,
    /** The date it reports back by was moved, with a reason (issue 14, item 7); the step carries the new date. */
    ATERREDOVISNING_FLYTTAD;

    public String textnyckel() {
        return "handelse." + name();
    }
}
