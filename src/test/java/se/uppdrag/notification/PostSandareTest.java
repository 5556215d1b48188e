package se.uppdrag.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.IntegrationTest;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.internal.UtgaendePostRepository;
import se.uppdrag.personer.EmailAddress;

/** The outbox under faults: hanging and failing SMTP, retries, giving up, and two senders on one database. */
@IntegrationTest
class PostSandareTest {

    @RegisterExtension
    static GreenMailExtension smtp = Postlada.smtp();

    @Autowired
    PostSandare sandare;
    @Autowired
    NotisService notiser;
    @Autowired
    UtgaendePostRepository post;
    @Autowired
    se.uppdrag.notification.internal.Utkorgsbok bok;
    @Autowired
    JavaMailSender mail;
    @Autowired
    PlatformTransactionManager transaktioner;
    @Autowired
    Clock clock;
    @Autowired
    UtkorgService utkorg;
    @Autowired
    org.springframework.context.ApplicationContext beans;
    @Value("${uppdrag.mail.from}")
    String fran;

    private final String adress = "mottagare-" + UUID.randomUUID().toString().substring(0, 8) + "@regionexempel.se";

    private void koa(int antal) {
        new TransactionTemplate(transaktioner).executeWithoutResult(s -> {
            for (int i = 0; i < antal; i++) {
                notiser.koa(new Notis("test:" + adress + ":" + i, MailTyp.UPPGIFT_TILLDELAD,
                        new Adressat(null, "Testmottagare", EmailAddress.of(adress)),
                        Map.of("titel", "Testuppdrag " + i, "uppgift", "Uppgift " + i), "http://localhost/uppgifter/" + i));
            }
        });
    }

    private void tomUtkorgen() {
        while (sandare.skickaVantande() > 0) {
            // earlier tests' mail, so that only this test's mail is due below
        }
    }

    private PostSandare sandareMot(int port, int maxForsok) {
        var annan = new JavaMailSenderImpl();
        annan.setHost("127.0.0.1");
        annan.setPort(port);
        var egenskaper = new Properties();
        egenskaper.put("mail.smtp.connectiontimeout", "1000");
        egenskaper.put("mail.smtp.timeout", "1000");
        egenskaper.put("mail.smtp.writetimeout", "1000");
        annan.setJavaMailProperties(egenskaper);
        return new PostSandare(bok, annan, clock, fran, "http://localhost:8080", maxForsok, 1000);
    }

    @Test
    void the_same_event_is_queued_only_once_per_recipient() {
        koa(1);
        koa(1);
        tomUtkorgen();
        assertThat(Postlada.till(smtp, adress)).hasSize(1);
    }

    @Test
    void a_claimed_mail_stays_claimed_longer_than_the_wait_for_the_servers_answer(
            @org.springframework.beans.factory.annotation.Value("${spring.mail.properties.mail.smtp.timeout}") long svarstidMs) {
        assertThat(sandare.upptagen()).isGreaterThan(java.time.Duration.ofMillis(svarstidMs));
    }

    @Test
    void a_hanging_smtp_server_times_out_and_the_mail_is_tried_again_later() throws Exception {
        tomUtkorgen();
        try (var tyst = new ServerSocket(0)) {
            var hangande = sandareMot(tyst.getLocalPort(), 8);
            koa(1);
            var start = System.nanoTime();
            assertThat(hangande.skickaVantande()).isZero();
            assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds until the timeout").isLessThan(20);
        }
        var brev = post.findAll().stream().filter(p -> p.epost().equals(adress)).findFirst().orElseThrow();
        assertThat(brev.forsok()).isEqualTo(1);
        assertThat(brev.senasteFel()).isNotBlank();
        assertThat(brev.nastaForsok()).isAfter(clock.instant());
    }

    @Test
    void after_the_last_attempt_the_mail_is_failed_shown_to_administrators_and_can_be_sent_again() throws Exception {
        tomUtkorgen();
        try (var stangd = new ServerSocket(0)) {
            var port = stangd.getLocalPort();
            stangd.close();
            var utanServer = sandareMot(port, 1);
            koa(1);
            utanServer.skickaVantande();
        }
        var brev = post.findAll().stream().filter(p -> p.epost().equals(adress)).findFirst().orElseThrow();
        assertThat(brev.status().name()).isEqualTo("MISSLYCKAD");

        var folk = TestFolk.nytt(beans);
        se.uppdrag.SomAdministrator.gor(() -> {
            assertThat(utkorg.lista(Optional.of("MISSLYCKAD"), PageRequest.of(0, 500))).anyMatch(m -> m.id() == brev.id());
            // the button's click sent twice (its reply never came) queues the mail once, and the second is no refusal
            var knappen = java.util.UUID.randomUUID();
            utkorg.skickaIgen(brev.id(), knappen);
            utkorg.skickaIgen(brev.id(), knappen);
            return null;
        });
        tomUtkorgen();
        assertThat(Postlada.till(smtp, adress)).hasSize(1);
        assertThat(folk).isNotNull();
    }

    @Test
    void two_senders_on_one_database_send_three_hundred_mails_exactly_once() throws Exception {
        tomUtkorgen();
        koa(300);
        var andra = new PostSandare(bok, mail, clock, fran, "http://localhost:8080", 8, 2000);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> svar = List.of(pool.submit(() -> skickaAllt(sandare)), pool.submit(() -> skickaAllt(andra)));
            var summa = svar.get(0).get() + svar.get(1).get();
            assertThat(summa).isGreaterThanOrEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
        var mottagna = Postlada.till(smtp, adress);
        assertThat(mottagna).hasSize(300);
        var idn = new HashSet<String>();
        for (var m : mottagna) {
            idn.add(m.getMessageID());
        }
        assertThat(idn).hasSize(300).allMatch(id -> id.startsWith("<utgaende-") && id.endsWith("@localhost>"));
    }

    private static int skickaAllt(PostSandare sandare) {
        var totalt = 0;
        int omgang;
        while ((omgang = sandare.skickaVantande()) > 0) {
            totalt += omgang;
        }
        return totalt;
    }
}
