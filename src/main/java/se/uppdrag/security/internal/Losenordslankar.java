package se.uppdrag.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password. The token is 256 random bits from {@link SecureRandom}, given out once (in the
 * mail) and stored only as its SHA-256 hash; a link expires, is gone once used, and a newer link of the same login
 * replaces the older ones. Used by the security services in their transactions.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Losenordslankar {

    /** A new link: the token to put in the mail, its row and when it stops working. */
    public record NyLank(String token, long id, Instant giltigTill) {
    }

    private static final SecureRandom SLUMP = new SecureRandom();
    private final LosenordslankRepository repository;
    private final Clock klocka;

    Losenordslankar(LosenordslankRepository repository, Clock klocka) {
        this.repository = repository;
        this.klocka = klocka;
    }

    public NyLank skapa(long anvandareId, Duration giltig) {
        repository.deleteByAnvandareId(anvandareId);
        var bytes = new byte[32];
        SLUMP.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var nu = klocka.instant();
        var lank = repository.save(new LosenordslankEntity(anvandareId, hash(token), nu, nu.plus(giltig)));
        return new NyLank(token, lank.id(), nu.plus(giltig));
    }

    /** The login a live link belongs to; empty for an unknown, used or expired one. */
    public Optional<Long> giltig(String token) {
        return repository.findByTokenHash(hash(token)).filter(l -> l.giltig(klocka.instant()))
                .map(LosenordslankEntity::anvandareId);
    }

    /** Every link of this login stops working (it was used, or the login was disabled). */
    public void upphav(long anvandareId) {
        repository.deleteByAnvandareId(anvandareId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException fel) {
            throw new IllegalStateException(fel);
        }
    }
}
