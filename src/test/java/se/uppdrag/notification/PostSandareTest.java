package se.uppdrag.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
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
import se.uppdrag.Felproxy;
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
        return sandareMot(port, maxForsok, 1000, clock);
    }

    /** A sender of its own (pool of four) to a server on the port, waiting svarstidMs for its answers, on a clock. */
    private PostSandare sandareMot(int port, int maxForsok, int svarstidMs, Clock klocka) {
        var annan = new JavaMailSenderImpl();
        annan.setHost("127.0.0.1");
        annan.setPort(port);
        var egenskaper = new Properties();
        egenskaper.put("mail.smtp.connectiontimeout", "1000");
        egenskaper.put("mail.smtp.timeout", String.valueOf(svarstidMs));
        egenskaper.put("mail.smtp.writetimeout", String.valueOf(svarstidMs));
        annan.setJavaMailProperties(egenskaper);
        return new PostSandare(bok, annan, klocka, fran, "http://localhost:8080", maxForsok, svarstidMs, 4);
    }

    private List<se.uppdrag.notification.internal.UtgaendePostEntity> mina() {
        return post.findAll().stream().filter(p -> p.epost().equals(adress)).toList();
    }

    private static Set<String> messageIdn(List<jakarta.mail.internet.MimeMessage> mottagna) throws Exception {
        var idn = new HashSet<String>();
        for (var m : mottagna) {
            idn.add(m.getMessageID());
        }
        return idn;
    }

    @Test
    void one_hanging_delivery_holds_only_its_own_mail_while_the_other_mails_go_out_and_it_follows_once_freed()
            throws Exception {
        tomUtkorgen();
        try (var proxy = new Felproxy("127.0.0.1", smtp.getSmtp().getPort()).tystaDeForsta(1);
                var hangande = sandareMot(proxy.port(), 8, 60_000, clock)) {
            koa(6);
            var start = System.nanoTime();
            assertThat(hangande.lamnaVantande()).as("threads started").isEqualTo(4);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the scheduled job only hands out")
                    .isLessThan(Duration.ofSeconds(5));
            var slut = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (Postlada.till(smtp, adress).size() < 5 && System.nanoTime() < slut) {
                Thread.sleep(100);
            }
            assertThat(Postlada.till(smtp, adress)).as("the five behind no hanging delivery").hasSize(5);
            assertThat(mina()).filteredOn(p -> p.status().name().equals("SKICKAS")).as("the hanging one, still claimed")
                    .hasSize(1);

            proxy.kapa(); // the hanging server's connection breaks: a failed attempt, tried again after the back-off
            slut = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (mina().stream().anyMatch(p -> p.status().name().equals("SKICKAS")) && System.nanoTime() < slut) {
                Thread.sleep(100);
            }
            var hangde = mina().stream().filter(p -> p.senasteFel() != null).toList();
            assertThat(hangde).hasSize(1);
            assertThat(hangde.get(0).status().name()).isEqualTo("VANTAR");
            assertThat(hangde.get(0).nastaForsok()).isAfter(clock.instant());
        }
        try (var senare = sandareMot(smtp.getSmtp().getPort(), 8, 5000, Clock.offset(clock, Duration.ofMinutes(2)))) {
            // (with the clock two minutes on, other tests' mails in back-off may be due as well)
            assertThat(senare.skickaVantande()).isGreaterThanOrEqualTo(1);
        }
        assertThat(mina()).allMatch(p -> p.status().name().equals("SKICKAD"));
        var mottagna = Postlada.till(smtp, adress);
        assertThat(mottagna).hasSize(6);
        assertThat(messageIdn(mottagna)).as("each mail once").hasSize(6);
    }

    @Test
    void a_refusing_server_gets_its_mails_again_only_after_the_back_off_and_each_arrives_once_when_it_accepts()
            throws Exception {
        tomUtkorgen();
        try (var proxy = new Felproxy("127.0.0.1", smtp.getSmtp().getPort()).lage(Felproxy.Lage.VAGRAR);
                var sandaren = sandareMot(proxy.port(), 8, 5000, clock)) {
            koa(5);
            assertThat(sandaren.skickaVantande()).isZero();
            assertThat(mina()).hasSize(5).allSatisfy(p -> {
                assertThat(p.status().name()).isEqualTo("VANTAR");
                assertThat(p.forsok()).isEqualTo(1);
                assertThat(p.nastaForsok()).isAfter(clock.instant());
            });
            var forsokta = proxy.anslutningar();
            proxy.lage(Felproxy.Lage.OPPEN);
            assertThat(sandaren.skickaVantande()).as("not before the back-off has passed").isZero();
            assertThat(proxy.anslutningar()).as("no connection before the back-off has passed").isEqualTo(forsokta);
            try (var senare = sandareMot(proxy.port(), 8, 5000, Clock.offset(clock, Duration.ofMinutes(2)))) {
                // (with the clock two minutes on, other tests' mails in back-off may be due as well)
                assertThat(senare.skickaVantande()).isGreaterThanOrEqualTo(5);
            }
        }
        var mottagna = Postlada.till(smtp, adress);
        assertThat(mottagna).hasSize(5);
        assertThat(messageIdn(mottagna)).hasSize(5);
        assertThat(mina()).allMatch(p -> p.status().name().equals("SKICKAD"));
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
            @SuppressWarnings("resource")
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
        var andra = new PostSandare(bok, mail, clock, fran, "http://localhost:8080", 8, 2000, 4);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> svar = List.of(pool.submit(() -> skickaAllt(sandare)), pool.submit(() -> skickaAllt(andra)));
            var summa = svar.get(0).get() + svar.get(1).get();
            assertThat(summa).isGreaterThanOrEqualTo(300);
        } finally {
            pool.shutdownNow();
            andra.close();
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
