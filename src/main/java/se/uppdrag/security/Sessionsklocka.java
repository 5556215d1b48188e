package se.uppdrag.security;

import java.time.Clock;

/**
 * The clock sessions are timed by. Their creation time comes from the servlet container, in real time, so the idle and
 * absolute limits are measured in real time too: the application's {@link Clock} may be set to another day (the tests
 * that let a status report fall due do) without signing anyone out. A test of the limits themselves gives its context
 * a Sessionsklocka of its own.
 */
public record Sessionsklocka(Clock klocka) {
}
