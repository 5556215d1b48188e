package se.uppdrag.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import se.uppdrag.notification.internal.UtgaendePostEntity;
import se.uppdrag.notification.internal.Utkorgsbok;

/**
 * Delivers the outbox. Each mail is first claimed in a short transaction of its own (so two senders, in one
 * application or in two on the same database, never send it twice), then sent outside any transaction, then
 * marked sent, or retried with exponential back-off and after the last attempt marked failed for an administrator.
 * The server's answer after DATA is awaited as long as RFC 5321 says (spring.mail.properties.mail.smtp.timeout, 10
 * minutes), and the claim outlasts it. If the node dies between the server's acceptance and the "sent" commit, the
 * mail goes again once the claim has expired, with the same Message-ID (the outbox row's), so that the receiving
 * system and mail clients recognise the copy.
 */
@Component
public class PostSandare {

    private static final Logger log = LoggerFactory.getLogger(PostSandare.class);
    private static final int SATS = 50;

    private final Utkorgsbok post;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String fran;
    private final String doman;
    private final int maxForsok;
    private final Duration upptagen;
    private final String sandare = "sandare-" + UUID.randomUUID().toString().substring(0, 8);

    PostSandare(Utkorgsbok post, JavaMailSender mail, Clock clock,
            @Value("${uppdrag.mail.from}") String fran, @Value("${uppdrag.base-url}") String baseUrl,
            @Value("${uppdrag.mail.max-forsok:8}") int maxForsok,
            @Value("${spring.mail.properties.mail.smtp.timeout:600000}") long svarstidMs) {
        this.post = post;
        this.mail = mail;
        this.clock = clock;
        this.fran = fran;
        this.doman = baseUrl.replaceAll("^[a-z]+://", "").replaceAll("[:/].*$", "");
        this.maxForsok = maxForsok;
        // a mail stays claimed longer than the longest wait for the server's answer, so that no sender takes it again
        // while the first still waits (RFC 5321 4.5.3.2.6: up to 10 minutes after the end of DATA)
        this.upptagen = Duration.ofMillis(svarstidMs).plus(Duration.ofMinutes(5));
    }

    /** How long a sender holds a mail it has claimed. */
    Duration upptagen() {
        return upptagen;
    }

    /** Sends what is due; returns how many were sent. */
    public int skickaVantande() {
        var skickade = 0;
        for (var id : post.attSkicka(clock.instant(), SATS)) {
            var nu = clock.instant();
            if (post.ta(id, sandare, nu, nu.plus(upptagen))) {
                skickade += skicka(id) ? 1 : 0;
            }
        }
        return skickade;
    }

    private boolean skicka(long id) {
        var brev = post.hamta(id);
        try {
            mail.send(meddelande(brev));
            post.skickades(id, clock.instant());
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException fel) {
            log.warn("Brev {} till {} kunde inte skickas: {}", id, brev.epost(), fel.getMessage());
            post.misslyckades(id, String.valueOf(fel.getMessage()), clock.instant(), maxForsok);
            return false;
        }
    }

    private MimeMessage meddelande(UtgaendePostEntity brev) throws MessagingException, UnsupportedEncodingException {
        var session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new java.util.Properties());
        var messageId = "<utgaende-" + brev.id() + "@" + (doman.isBlank() ? "uppdrag" : doman) + ">";
        var meddelande = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        var helper = new MimeMessageHelper(meddelande, true, "UTF-8");
        helper.setFrom(new InternetAddress(fran, "Uppdrag", "UTF-8"));
        helper.setTo(new InternetAddress(brev.epost(), MailMallar.enRad(brev.namn() == null ? "" : brev.namn()), "UTF-8"));
        helper.setSubject(MailMallar.enRad(brev.amne()));
        helper.setText(brev.textPlain(), brev.textHtml());
        var bilaga = post.bilaga(brev);
        if (bilaga.isPresent()) {
            helper.addAttachment(bilaga.get().filnamn(),
                    new org.springframework.core.io.ByteArrayResource(bilaga.get().innehall()), bilaga.get().mediatyp());
        }
        return meddelande;
    }
}
