package se.uppdrag.workflow.internal;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import se.uppdrag.text.OtillatetLageException;

/** Flowable's clock reading the application's clock. Time is moved through the application's clock only. */
final class FlowableKlocka implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;

    FlowableKlocka(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        var calendar = Calendar.getInstance(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        throw new OtillatetLageException("drift.fel.flytta-tiden");
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        throw new OtillatetLageException("drift.fel.flytta-tiden");
    }

    @Override
    public void reset() {
        // the application's clock decides
    }
}
