package se.uppdrag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The application's clock in tests: real time until a test moves it, back to real time after each test. */
public final class JusterbarKlocka extends Clock {

    private static final ZoneId ZON = ZoneId.of("Europe/Stockholm");
    private volatile Duration forskjutning = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), forskjutning);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(forskjutning);
    }

    public void flytta(Duration hur) {
        forskjutning = forskjutning.plus(hur);
    }

    /** Moves the clock to the start of the given day (plus a little, so "that day" has begun). */
    public void till(LocalDate dag) {
        var mal = dag.atStartOfDay(ZON).plusHours(9).toInstant();
        forskjutning = Duration.between(Instant.now(), mal);
    }

    public void aterstall() {
        forskjutning = Duration.ZERO;
    }
}
