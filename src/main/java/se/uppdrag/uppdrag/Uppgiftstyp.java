package se.uppdrag.uppdrag;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of task in the uppdrag's process, each by its task key in {@code processes/uppdragshandling.bpmn20.xml}. */
public enum Uppgiftstyp {
    UTKAST("utkast"),
    REMISSVAR("remissvar"),
    REMISSUPPFOLJNING("remissuppfoljning"),
    BESLUT("beslutsuppgift"),
    BEKRAFTA_REGISTRERING("bekraftaRegistrering"),
    AKTIVITET("aktivitet"),
    STATUSRAPPORT("statusrapport"),
    SLUTRAPPORT("slutrapport"),
    BESLUT_OM_SLUTRAPPORT("beslutOmSlutrapport");

    private final String nyckel;

    Uppgiftstyp(String nyckel) {
        this.nyckel = nyckel;
    }

    /** The task key in the process model. */
    public String nyckel() {
        return nyckel;
    }

    /** The kind of a task by its key; empty for a task of another process. */
    public static Optional<Uppgiftstyp> av(String nyckel) {
        return Arrays.stream(values()).filter(t -> t.nyckel.equals(nyckel)).findFirst();
    }

    /** Whether it is a decision: on the uppdrag or on its final report. */
    public boolean arBeslut() {
        return this == BESLUT || this == BESLUT_OM_SLUTRAPPORT;
    }
}
