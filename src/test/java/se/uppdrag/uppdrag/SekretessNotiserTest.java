package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.Leverans;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.NotisInstallningService;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.notification.Sammandrag;
import se.uppdrag.uppdrag.process.Paminnelser;

/**
 * Mails about an uppdrag under sekretess, read from the SMTP capture: a neutral subject with the diarienummer at most,
 * nothing of the uppdrag in the text, the link, and no attachment; the distribution to plain addresses included.
 */
class SekretessNotiserTest extends ProcessTestBase {

    private static final String NEUTRALT = "Ett ärende i Uppdrag väntar på dig";
    /**
     * Words of the test uppdrag's title and tidplan, its marking and reason and the kinds of mail, none of which may be
     * in a mail (the salutation names the recipient, as every mail does).
     */
    private static final List<String> INNEHALL = List.of("Hälso- och sjukvårdens", "verksamhetsutveckling", "Nulägesanalys",
            "21 kap", "hälsa", "fastställt", "för genomförande", "för kännedom", "remiss", "påminnelse", "uppgiften");

    @RegisterExtension
    static GreenMailExtension smtp = Postlada.smtp();

    @Autowired
    PostSandare sandare;
    @Autowired
    SekretessService sekretess;
    @Autowired
    Sammandrag sammandrag;
    @Autowired
    Paminnelser paminnelser;
    @Autowired
    NotisInstallningService installningar;

    private void skicka() {
        while (sandare.skickaVantande() > 0) {
            // until the outbox is empty
        }
    }

    private String epost(String roll) {
        return folk.person(roll).epost().value();
    }

    private UppdragId markerat(UppdragId id) {
        folk.loggaIn(TestFolk.AGARE);
        sekretess.markera(id, new Sekretess(OslHanvisning.parse("21 kap. 7 § OSL"), "Uppgifter om enskildas hälsa"));
        return id;
    }

    private static void neutralt(MimeMessage mail, String dnr) {
        var amne = Postlada.amne(mail);
        assertThat(amne).isEqualTo(dnr == null ? NEUTRALT : NEUTRALT + " (" + dnr + ")");
        var text = Postlada.innehall(mail);
        for (var ord : INNEHALL) {
            assertThat(text).as("the mail must not say " + ord).doesNotContainIgnoringCase(ord);
        }
        assertThat(text).contains("omfattas av sekretess").contains("http://localhost:8080/");
        assertThat(Postlada.bilagor(mail)).as("no attachment").isEmpty();
    }

    @Test
    void the_distribution_of_a_marked_uppdrag_to_people_and_plain_addresses_is_neutral_without_the_pdf() {
        var id = markerat(nyttUtkast());
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        skicka();
        var dnr = somRegistrator(id).diarienummer().toString();

        var mottagna = List.of(Postlada.till(smtp, epost(TestFolk.TAGARE)), Postlada.till(smtp, epost(TestFolk.MOTTAGARE)),
                Postlada.till(smtp, "samverkan@regionexempel.se"), Postlada.till(smtp, epost(TestFolk.AGARE)),
                Postlada.till(smtp, epost(TestFolk.GIVARE)));
        for (var mails : mottagna) {
            var omUppdraget = mails.stream().filter(m -> Postlada.amne(m).contains(dnr)).toList();
            assertThat(omUppdraget).isNotEmpty();
            omUppdraget.forEach(m -> neutralt(m, dnr));
        }
        assertThat(Postlada.till(smtp, "samverkan@regionexempel.se").stream().filter(m -> Postlada.amne(m).contains(dnr)))
                .as("the external address gets the one distribution mail").hasSize(1);
        assertThat(Postlada.innehall(Postlada.till(smtp, epost(TestFolk.MOTTAGARE)).getFirst()))
                .contains("http://localhost:8080/uppdrag/" + id.value());
    }

    @Test
    void task_mails_and_the_digest_about_a_marked_draft_say_nothing_but_that_a_matter_waits() {
        folk.loggaIn(TestFolk.GIVARE2);
        installningar.satt(MailTyp.REMISS, Leverans.SAMMANDRAG);
        var id = markerat(nyttUtkast());
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM), person(TestFolk.GIVARE2)),
                LocalDate.now(klocka).plusDays(5));
        skicka();
        var remissen = Postlada.till(smtp, epost(TestFolk.MEDLEM));
        assertThat(remissen).hasSize(1);
        neutralt(remissen.getFirst(), null);
        assertThat(Postlada.innehall(remissen.getFirst())).contains("http://localhost:8080/uppgifter/"
                + uppgift(TestFolk.MEDLEM, id, "remissvar").id());

        sammandrag.skapa();
        skicka();
        var digest = Postlada.till(smtp, epost(TestFolk.GIVARE2));
        assertThat(digest).hasSize(1);
        assertThat(Postlada.innehall(digest.getFirst())).contains(NEUTRALT).doesNotContain("Hälso- och sjukvårdens")
                .doesNotContain("remiss, svar senast");
    }

    @Test
    void a_reminder_about_a_task_of_a_marked_uppdrag_is_neutral() {
        var id = markerat(nyttUtkast());
        var svarsdatum = LocalDate.now(klocka).plusDays(30);
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)), svarsdatum);
        skicka();
        var fore = Postlada.till(smtp, epost(TestFolk.MEDLEM)).size();
        klocka.till(svarsdatum.minusDays(2));
        paminnelser.skicka();
        skicka();
        var mails = Postlada.till(smtp, epost(TestFolk.MEDLEM));
        assertThat(mails).hasSizeGreaterThan(fore);
        mails.forEach(m -> neutralt(m, null));
    }

    @Test
    void an_unmarked_uppdrag_still_mails_its_title_and_the_pdf() {
        var id = faststalltUppdrag();
        skicka();
        var dnr = somRegistrator(id).diarienummer().toString();
        var mail = Postlada.till(smtp, "samverkan@regionexempel.se").stream().filter(m -> Postlada.amne(m).contains(dnr))
                .findFirst().orElseThrow();
        assertThat(Postlada.amne(mail)).contains("Hälso- och sjukvårdens");
        assertThat(Postlada.bilagor(mail)).hasSize(1);
    }
}
