package se.uppdrag.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.Adressat;
import se.uppdrag.notification.FangatMail;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.Mailbilaga;
import se.uppdrag.notification.Notis;
import se.uppdrag.notification.NotisService;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.notification.UtgaendeMail;
import se.uppdrag.notification.UtkorgService;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.text.Tidsformat;

/**
 * The Utkorg's captured mail, decoded as a mail reader shows it. The development setup's capture is a GreenMail bean;
 * here one is started on the port the tests send to and put into the shared application context for each test (a
 * context of its own would replace Vaadin's security context strategy for the tests that follow in this JVM).
 */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class UtkorgFangadPostTest extends SpringBrowserlessTest {

    private static final String CRLF = "\r\n";
    private static final String BEAN = "utkorgstestetsFangst";

    @Autowired
    ApplicationContext beans;
    @Autowired
    Clock klocka;
    @Autowired
    NotisService notiser;
    @Autowired
    PostSandare sandare;
    @Autowired
    UtkorgService utkorg;
    @Autowired
    PlatformTransactionManager transaktioner;
    @Value("${spring.mail.port}")
    int port;

    private GreenMail fangst;

    TestFolk folk;
    private final String adress = "fangad-" + UUID.randomUUID().toString().substring(0, 8) + "@regionexempel.se";

    @BeforeEach
    void fangstenPa() {
        fangst = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        fangst.start();
        ((ConfigurableApplicationContext) beans).getBeanFactory().registerSingleton(BEAN, fangst);
        folk = TestFolk.nytt(beans);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void fangstenAv() {
        TestFolk.loggaUt();
        ((DefaultListableBeanFactory) ((ConfigurableApplicationContext) beans).getBeanFactory()).destroySingleton(BEAN);
        fangst.stop();
    }

    @Test
    void a_mail_sent_by_the_app_is_shown_decoded_with_its_whole_subject_and_its_attachment() {
        var titel = "Samordnad införandeplanering av digitala vårdtjänster i hela regionen med en mycket lång titel – åäö ÅÄÖ";
        var pdf = new byte[5000];
        new TransactionTemplate(transaktioner).executeWithoutResult(s -> {
            var bilaga = notiser.bilaga(new Mailbilaga("Uppdragshandling RS 2026-00412 åäö.pdf", "application/pdf", pdf));
            notiser.koa(new Notis("utkorg:" + adress, MailTyp.UPPGIFT_TILLDELAD, new Adressat(null, "Örjan Åkesson", EmailAddress.of(adress)),
                    Map.of("titel", titel, "uppgift", "Granska förslaget"), "http://localhost/uppgifter/1", bilaga));
        });
        while (sandare.skickaVantande() > 0) {
            // this mail and any earlier test's, all to the capture
        }

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(UtkorgView.class);
        var mail = fangad($(Grid.class).all().get(1), adress);
        var skickat = utkorg.lista(Optional.empty(), PageRequest.of(0, 500)).stream().filter(m -> m.till().equals(adress))
                .findFirst().orElseThrow();
        assertThat(mail.amne()).isEqualTo(skickat.amne()).isEqualTo(titel + " – ny uppgift: Granska förslaget");
        assertThat(mail.till()).isEqualTo("Örjan Åkesson <" + adress + ">");
        assertThat(mail.text()).contains("Uppgiften ”Granska förslaget” i uppdraget ”" + titel + "” väntar på dig")
                .doesNotContain("=C3", "=E2");
        assertThat(mail.html()).contains("Granska förslaget");
        assertThat(mail.bilagor()).extracting(FangatMail.Bilaga::namn, FangatMail.Bilaga::mediatyp, FangatMail.Bilaga::storlek)
                .containsExactly(tuple("Uppdragshandling RS 2026-00412 åäö.pdf", "application/pdf", 5000L));

        var visning = new FangatMailVisning(mail, Tidsformat.av(klocka));
        assertThat($(ListItem.class).from(visning).single().getText())
                .isEqualTo("Uppdragshandling RS 2026-00412 åäö.pdf (4,9 kB, application/pdf)");
    }

    @Test
    void the_outbox_is_searched_by_recipient_or_subject_whatever_the_case_and_percent_means_itself() {
        var titel = "Sökbart uppdrag " + adress;
        new TransactionTemplate(transaktioner).executeWithoutResult(s -> {
            for (var uppgift : List.of("Granska 100% av förslaget", "Besluta")) {
                notiser.koa(new Notis("utkorg-sok:" + adress + uppgift, MailTyp.UPPGIFT_TILLDELAD,
                        new Adressat(null, "Örjan Åkesson", EmailAddress.of(adress)),
                        Map.of("titel", titel, "uppgift", uppgift), "http://localhost/uppgifter/1"));
            }
        });

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(UtkorgView.class);
        var sok = $(TextField.class).withCaption("Sök").single();
        @SuppressWarnings("unchecked")
        Grid<UtgaendeMail> utkorgen = $(Grid.class).first();

        test(sok).setValue(adress.toUpperCase(Locale.ROOT));
        assertThat(rader(utkorgen)).extracting(UtgaendeMail::amne).containsExactlyInAnyOrder(
                titel + " – ny uppgift: Granska 100% av förslaget", titel + " – ny uppgift: Besluta");

        test(sok).setValue("100% av");
        assertThat(rader(utkorgen)).extracting(UtgaendeMail::till).containsOnly(adress);
        test(sok).setValue("1000 av");
        assertThat(rader(utkorgen)).isEmpty();
    }

    private static List<UtgaendeMail> rader(Grid<UtgaendeMail> grid) {
        return grid.getLazyDataView().getItems().toList();
    }

    @Test
    void a_hand_made_multipart_mail_in_base64_and_quoted_printable_is_decoded_and_its_html_kept_out_of_the_page()
            throws Exception {
        var html = "<p>Hej! <b>Råd</b> om ändrade vårdköer</p><script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\">";
        var fil = new byte[3000];
        var anteckning = "Anteckningar är här.";
        var raw = String.join(CRLF,
                "From: =?UTF-8?Q?R=C3=A5d_=C3=96stberg?= <rad@regionexempel.se>",
                "To: " + adress,
                "Subject: =?UTF-8?B?" + base64("Råd om ändrade vårdköer – ") + "?=",
                " =?ISO-8859-1?Q?vecka_49_f=F6r_=C5sa?=",
                "Date: Tue, 01 Dec 2026 09:00:00 +0100",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"yttre\"",
                "",
                "--yttre",
                "Content-Type: multipart/alternative; boundary=\"inre\"",
                "",
                "--inre",
                "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Hej! R=E5d om =E4ndrade v=E5rdk=F6er: en rad s=E5 l=E5ng att den delas med =",
                "mjukt radbrott och forts=E4tter h=E4r.",
                "--inre",
                "Content-Type: text/html; charset=UTF-8",
                "Content-Transfer-Encoding: base64",
                "",
                base64(html),
                "--inre--",
                "--yttre",
                "Content-Type: application/pdf",
                "Content-Disposition: attachment; filename*=UTF-8''Bil%C3%A5ga%20%C3%B6ver%20k%C3%B6er.pdf",
                "Content-Transfer-Encoding: base64",
                "",
                Base64.getMimeEncoder().encodeToString(fil),
                "--yttre",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Disposition: attachment; filename=\"=?UTF-8?Q?Anteckningar_=C3=A4r_h=C3=A4r.txt?=\"",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Anteckningar =C3=A4r h=C3=A4r.",
                "--yttre--",
                "");
        var egenskaper = new Properties();
        egenskaper.put("mail.smtp.host", "127.0.0.1");
        egenskaper.put("mail.smtp.port", String.valueOf(fangst.getSmtp().getPort()));
        var session = Session.getInstance(egenskaper);
        Transport.send(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(UtkorgView.class);
        var grid = $(Grid.class).all().get(1);
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        var mail = fangad(grid, adress);
        assertThat(mail.amne()).isEqualTo("Råd om ändrade vårdköer – vecka 49 för Åsa");
        assertThat(mail.fran()).isEqualTo("Råd Östberg <rad@regionexempel.se>");
        assertThat(mail.text()).isEqualTo("Hej! Råd om ändrade vårdköer: en rad så lång att den delas med mjukt radbrott och fortsätter här.");
        assertThat(mail.html()).isEqualTo(html);
        assertThat(mail.bilagor()).extracting(FangatMail.Bilaga::namn, FangatMail.Bilaga::mediatyp, FangatMail.Bilaga::storlek)
                .containsExactly(tuple("Bilåga över köer.pdf", "application/pdf", 3000L),
                        tuple("Anteckningar är här.txt", "text/plain", (long) anteckning.getBytes(StandardCharsets.UTF_8).length));

        var visning = new FangatMailVisning(mail, Tidsformat.av(klocka));
        assertThat($(Pre.class).from(visning).single().getText()).isEqualTo(mail.text());
        assertThat($(ListItem.class).from(visning).all()).extracting(ListItem::getText)
                .containsExactly("Bilåga över köer.pdf (2,9 kB, application/pdf)", "Anteckningar är här.txt (22 byte, text/plain)");
        var ram = $(IFrame.class).from(visning).single();
        assertThat(ram.getElement().getAttribute("sandbox")).as("no permissions at all").isEmpty();
        assertThat(ram.getSrcdoc()).get().asString().startsWith("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .endsWith(html);
        assertThat($(Html.class).from(visning).exists()).as("the mail's HTML is never part of the page").isFalse();
    }

    private static FangatMail fangad(Grid<?> grid, String till) {
        List<?> alla = grid.getListDataView().getItems().toList();
        return alla.stream().map(FangatMail.class::cast).filter(m -> m.till().contains(till)).findFirst()
                .orElseThrow(() -> new AssertionError("Inget fångat brev till " + till));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

}
