package se.uppdrag.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * How long a sign-in lasts ({@code uppdrag.session.*}): {@code inaktiv} without anything done in the application
 * (default 30 min; an open tab does not count, see {@link Sessionsslut}) and at most {@code maxLivslangd} however active
 * (default 12 h, {@link Sessionsfilter}).
 */
@ConfigurationProperties("uppdrag.session")
public record Sessionsregler(Duration inaktiv, Duration maxLivslangd) {

    public Sessionsregler {
        inaktiv = inaktiv == null ? Duration.ofMinutes(30) : inaktiv;
        maxLivslangd = maxLivslangd == null ? Duration.ofHours(12) : maxLivslangd;
        if (inaktiv.toSeconds() < 1 || maxLivslangd.compareTo(inaktiv) < 0) {
            throw new OgiltigtVardeException("sakerhet.fel.sessionsregler");
        }
    }
}
