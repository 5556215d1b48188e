package se.uppdrag.uppdrag.process;

/** What a beslutsfattare's decision does to the decision of all: the model's gateway branches on it. */
public enum Beslutsutfall {
    /** Fastställt by this one, others still to decide. */
    VANTAR,
    FASTSTALLT,
    ATERREMITTERAT,
    AVSLAGET
}
