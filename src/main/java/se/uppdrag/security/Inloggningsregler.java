package se.uppdrag.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * How hard sign-in is throttled ({@code uppdrag.inloggning.*}). Per account name: from the
 * {@code fordrojningEfter}-th failure on, every further attempt must wait 2^n seconds after the last failure (n = failures
 * beyond that number, at most {@code maxFordrojning}); at {@code lasEfter} failures within {@code fonster} the name is
 * locked for {@code lasTid}. Per client address the same with the higher {@code adressFordrojningEfter} and
 * {@code adressLasEfter}, so that one address trying many names is held back too.
 */
@ConfigurationProperties("uppdrag.inloggning")
public record Inloggningsregler(Integer fordrojningEfter, Duration maxFordrojning, Integer lasEfter, Duration fonster,
        Duration lasTid, Integer adressFordrojningEfter, Integer adressLasEfter) {

    public Inloggningsregler {
        fordrojningEfter = fordrojningEfter == null ? 3 : fordrojningEfter;
        maxFordrojning = maxFordrojning == null ? Duration.ofSeconds(60) : maxFordrojning;
        lasEfter = lasEfter == null ? 10 : lasEfter;
        fonster = fonster == null ? Duration.ofMinutes(15) : fonster;
        lasTid = lasTid == null ? Duration.ofMinutes(15) : lasTid;
        adressFordrojningEfter = adressFordrojningEfter == null ? 20 : adressFordrojningEfter;
        adressLasEfter = adressLasEfter == null ? 30 : adressLasEfter;
        if (fordrojningEfter < 1 || lasEfter < fordrojningEfter || adressFordrojningEfter < 1
                || adressLasEfter < adressFordrojningEfter) {
            throw new OgiltigtVardeException("sakerhet.fel.inloggningsregler");
        }
    }

    /** The wait before the next attempt after the given number of failures, with the given threshold. */
    Duration fordrojning(int misslyckade, int efter) {
        if (misslyckade < efter) {
            return Duration.ZERO;
        }
        var exponent = Math.min(misslyckade - efter, 30);
        var sekunder = Duration.ofSeconds(1L << exponent);
        return sekunder.compareTo(maxFordrojning) > 0 ? maxFordrojning : sekunder;
    }
}
