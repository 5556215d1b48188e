package se.uppdrag.text;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Points in time as people read them, in the application's time zone: the zone of the injected {@link Clock}, which
 * configuration names ({@code uppdrag.tidszon}). A view makes one from its clock and hands it to its parts.
 */
public record Tidsformat(ZoneId zon) implements Serializable {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SEKUND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The format in the clock's zone. */
    public static Tidsformat av(Clock klocka) {
        return new Tidsformat(klocka.getZone());
    }

    /** 2026-03-14 */
    public String dag(Instant tid) {
        return DAG.format(tid.atZone(zon));
    }

    /** 2026-03-14 09:05 */
    public String minut(Instant tid) {
        return MINUT.format(tid.atZone(zon));
    }

    /** 2026-03-14 09:05:30 */
    public String sekund(Instant tid) {
        return SEKUND.format(tid.atZone(zon));
    }
}
