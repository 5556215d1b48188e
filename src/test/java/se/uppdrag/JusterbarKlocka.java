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
    private volatile Instant stannad;

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
        var stilla = stannad;
        return stilla != null ? stilla : Instant.now().plus(forskjutning);
    }

    public void flytta(Duration hur) {
        forskjutning = forskjutning.plus(hur);
        var stilla = stannad;
        if (stilla != null) {
            stannad = stilla.plus(hur);
        }
    }

    /** Stops the clock where it is (it moves only with {@link #flytta}) until {@link #aterstall}. */
    public void stanna() {
        stannad = instant();
    }

    /** Moves the clock to the start of the given day (plus a little, so "that day" has begun). */
    public void till(LocalDate dag) {
        var mal = dag.atStartOfDay(ZON).plusHours(9).toInstant();
        forskjutning = Duration.between(Instant.now(), mal);
    }

    public void aterstall() {
        stannad = null;
        forskjutning = Duration.ZERO;
    }
}
