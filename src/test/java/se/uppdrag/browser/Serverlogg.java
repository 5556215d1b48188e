package se.uppdrag.browser;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every ERROR line the application logs while the browser tests run (the server side of the test: a component left
 * out of the production bundle, an exception behind "Något gick fel"). A browser test fails on any of them.
 */
final class Serverlogg extends AppenderBase<ILoggingEvent> {

    private static final Serverlogg INSTANS = new Serverlogg();
    private final List<String> fel = new ArrayList<>();

    private Serverlogg() {
    }

    /** Listens on the root logger from now on (once per JVM). */
    static synchronized Serverlogg lyssna() {
        if (!INSTANS.isStarted()) {
            var rot = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
            INSTANS.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            INSTANS.setName("webblasartesternas-fellogg");
            INSTANS.start();
            rot.addAppender(INSTANS);
        }
        return INSTANS;
    }

    @Override
    protected synchronized void append(ILoggingEvent handelse) {
        if (handelse.getLevel().isGreaterOrEqual(Level.ERROR)) {
            var rad = handelse.getLoggerName() + ": " + handelse.getFormattedMessage();
            if (handelse.getThrowableProxy() != null) {
                rad += System.lineSeparator() + ThrowableProxyUtil.asString(handelse.getThrowableProxy());
            }
            fel.add(rad);
        }
    }

    /** The ERROR lines since the last call, and forgets them. */
    synchronized List<String> tomma() {
        var hittills = List.copyOf(fel);
        fel.clear();
        return hittills;
    }
}
