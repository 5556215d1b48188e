package se.uppdrag.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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
 *
 * <p>Deliveries run on a small pool of the sender's own ({@code uppdrag.mail.sandare.tradar}, default 4 threads), not
 * on the scheduler's threads, which the reminders and the digest share. A thread is given a mail only when it is free,
 * and the mail is claimed just before it starts: a delivery that hangs (a server that takes the connection and never
 * answers) holds its own thread and its own mail only, and the other threads carry the rest of the outbox out. Each
 * thread goes on with the next due mail until none is left. The scheduled job only hands mails to free threads and
 * returns. The pool is shut down when the application context closes; a delivery still under way then is left to
 * its claim (see above).
 */
@Component
public class PostSandare implements DisposableBean, AutoCloseable {

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
    private final int tradar;
    /** One permit per thread of the pool: a mail is claimed only when a thread is free to send it at once. */
    private final Semaphore lediga;
    private final ThreadPoolExecutor pool;

    PostSandare(Utkorgsbok post, JavaMailSender mail, Clock clock, String fran, String baseUrl, int maxForsok,
            long svarstidMs, int tradar) {
        this(post, mail, clock, fran, baseUrl, maxForsok, svarstidMs, tradar, Duration.ofMinutes(5));
    }

    @org.springframework.beans.factory.annotation.Autowired
    PostSandare(Utkorgsbok post, JavaMailSender mail, Clock clock,
            @Value("${uppdrag.mail.from}") String fran, @Value("${uppdrag.base-url}") String baseUrl,
            @Value("${uppdrag.mail.max-forsok:8}") int maxForsok,
            @Value("${spring.mail.properties.mail.smtp.timeout:600000}") long svarstidMs,
            @Value("${uppdrag.mail.sandare.tradar:4}") int tradar,
            @Value("${uppdrag.mail.sandare.upptagen-marginal:PT5M}") Duration marginal) {
        if (tradar < 1) {
            throw new IllegalArgumentException("uppdrag.mail.sandare.tradar must be at least 1, was " + tradar);
        }
        this.post = post;
        this.mail = mail;
        this.clock = clock;
        this.fran = fran;
        this.doman = baseUrl.replaceAll("^[a-z]+://", "").replaceAll("[:/].*$", "");
        this.maxForsok = maxForsok;
        // a mail stays claimed longer than the longest wait for the server's answer, so that no sender takes it again
        // while the first still waits (RFC 5321 4.5.3.2.6: up to 10 minutes after the end of DATA)
        this.upptagen = Duration.ofMillis(svarstidMs).plus(marginal);
        this.tradar = tradar;
        this.lediga = new Semaphore(tradar);
        var nummer = new AtomicInteger();
        // A task is only ever handed out with a permit, so there are never more tasks than threads and none waits
        // behind a hanging one. The queue is there for the moment in which a thread has given its permit back but has
        // not yet returned to the pool (a queue of none would refuse the next task then). Daemon threads, so that a
        // delivery stuck in a socket read never keeps the JVM from exiting.
        this.pool = new ThreadPoolExecutor(tradar, tradar, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), uppgift -> {
            var trad = new Thread(uppgift, "utkorg-" + nummer.incrementAndGet());
            trad.setDaemon(true);
            return trad;
        });
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** How long a sender holds a mail it has claimed. */
    Duration upptagen() {
        return upptagen;
    }

    /**
     * Hands due mails to the free threads of the pool and returns at once (the scheduled job): each thread claims its
     * mail, sends it and goes on with the next due one until none is left. Returns how many threads were started.
     */
    public int lamnaVantande() {
        return starta(new AtomicInteger()).size();
    }

    /**
     * Sends what is due on the pool and waits until the threads it started have run out of due mail; returns how many
     * of them were sent. A delivery already under way on another thread (a hanging one, say) is not waited for.
     */
    public int skickaVantande() {
        var skickade = new AtomicInteger();
        for (var arbete : starta(skickade)) {
            try {
                arbete.get();
            } catch (InterruptedException avbruten) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException fel) {
                log.warn("Utkorgens sändare avbröts: {}", String.valueOf(fel.getCause()));
            }
        }
        return skickade.get();
    }

    /** Starts a thread for each free place in the pool that gets a due mail of its own. */
    private java.util.List<Future<?>> starta(AtomicInteger skickade) {
        var startade = new ArrayList<Future<?>>();
        while (!pool.isShutdown() && lediga.tryAcquire()) {
            Optional<Long> forsta;
            try {
                forsta = taNasta();
            } catch (RuntimeException fel) {
                // the database away, say: the next round tries again
                lediga.release();
                log.warn("Utkorgen kunde inte läsas: {}", String.valueOf(fel));
                break;
            }
            if (forsta.isEmpty()) {
                lediga.release();
                break;
            }
            try {
                startade.add(pool.submit(() -> {
                    try {
                        for (var id = forsta; id.isPresent() && !pool.isShutdown(); id = taNasta()) {
                            skickade.addAndGet(skicka(id.get()) ? 1 : 0);
                        }
                    } catch (RuntimeException fel) {
                        // the database away, say: the mail's claim runs out and a later round sends it
                        log.warn("Utkorgens sändare avbröt en omgång: {}", String.valueOf(fel));
                    } finally {
                        lediga.release();
                    }
                }));
            } catch (RejectedExecutionException stangd) {
                // the pool is shutting down: the claim on the mail runs out and another start sends it
                lediga.release();
                break;
            }
        }
        return startade;
    }

    /** Claims the next due mail for this sender, if there is one that no one else has claimed. */
    private Optional<Long> taNasta() {
        for (var id : post.attSkicka(clock.instant(), SATS)) {
            var nu = clock.instant();
            if (post.ta(id, sandare, nu, nu.plus(upptagen))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** How many deliveries may run at once. */
    int tradar() {
        return tradar;
    }

    /**
     * Stops the pool when the application context closes: no new mail is taken, deliveries under way get a few
     * seconds to finish and record their result; one that still waits for its server keeps its claim until it runs
     * out, and is then sent again (with the same Message-ID).
     */
    @Override
    public void destroy() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                log.info("Utkorgens sändare stängs med {} leveranser som ännu väntar på sin server", pool.getActiveCount());
                pool.shutdownNow();
            }
        } catch (InterruptedException avbruten) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        destroy();
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
