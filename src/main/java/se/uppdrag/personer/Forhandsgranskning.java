package se.uppdrag.personer;

import java.util.List;

/** What importing a directory file would do, line by line, before anything is written. */
public record Forhandsgranskning(List<Importrad> rader) {

    public Forhandsgranskning {
        rader = List.copyOf(rader);
    }

    public long antal(Importstatus status) {
        return rader.stream().filter(r -> r.status() == status).count();
    }

    /** Whether applying it would change anything at all. */
    public boolean andrarNagot() {
        return antal(Importstatus.NY) + antal(Importstatus.ANDRAD) > 0;
    }
}
