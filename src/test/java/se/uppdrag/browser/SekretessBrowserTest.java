package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.meddelande;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.uppdrag.Postlada;
import se.uppdrag.TestFolk;
import se.uppdrag.notification.PostSandare;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.UppdragService;

/**
 * A sekretess-marked uppdrag sent out, in the production build: the owner marks it on the document view (a wrong
 * provision is refused at the field), the beslutsfattare fastställer it, and its distribution mails, read from the
 * SMTP capture, carry a neutral subject with the diarienummer, nothing of the uppdrag and no attachment; an
 * administrator who takes no part sees the row as "Sekretess" and cannot open it.
 */
class SekretessBrowserTest extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Postlada.smtp();

    @Test
    void a_marked_uppdrag_is_sent_out_in_mails_that_say_nothing_of_it_and_carry_no_pdf() {
        var bilder = new Skarmbilder("sekretess");
        var steg = new Processteg(beans, folk);
        var id = steg.forBeslut();
        var titel = beans.getBean(UppdragService.class).hamta(id).titel();

        var agare = inloggad(TestFolk.AGARE);
        agare.oppna("uppdrag/" + id.value());
        var sida = agare.sida();
        knapp(sida, "Sekretessmarkera").click();
        var dialog = sida.getByRole(AriaRole.DIALOG);
        falt(dialog, "Lagrum i OSL").fill("21:7");
        falt(dialog, "Skäl till sekretessen").fill("Uppgifter om enskildas hälsa");
        knapp(dialog, "Spara markeringen").click();
        assertThat(dialog).containsText("Ange lagrummet som kapitel och paragraf i offentlighets- och sekretesslagen");
        bilder.ta(agare, "fel-lagrum-vid-faltet");
        falt(dialog, "Lagrum i OSL").fill("21 kap. 7 § OSL");
        knapp(dialog, "Spara markeringen").click();
        assertThat(meddelande(sida, "Sekretessmarkeringen är sparad.")).isVisible();
        assertThat(sida.locator(".sekretess-markering")).hasText("Sekretess enligt 21 kap. 7 § OSL");
        bilder.ta(agare, "markerat-pa-dokumentet");

        beslut(steg, id);
        var sandare = beans.getBean(PostSandare.class);
        while (sandare.skickaVantande() > 0) {
            // every mail waiting in the outbox goes to the tests' SMTP server
        }
        TestFolk.loggaUt();
        folk.loggaIn(TestFolk.REGISTRATOR);
        var diarienummer = beans.getBean(UppdragService.class).hamta(id).diarienummer().toString();
        for (var adress : List.of(epost(TestFolk.TAGARE), epost(TestFolk.MOTTAGARE), "samverkan@regionexempel.se")) {
            var utskick = Postlada.till(SMTP, adress).stream().filter(m -> Postlada.amne(m).contains(diarienummer)).toList();
            // the distribution, and for the uppdragstagare their first task too: every one of them neutral
            Assertions.assertThat(utskick).as(adress).isNotEmpty();
            for (var brev : utskick) {
                Assertions.assertThat(Postlada.amne(brev)).isEqualTo("Ett ärende i Uppdrag väntar på dig (" + diarienummer + ")");
                Assertions.assertThat(Postlada.innehall(brev) + Postlada.html(brev)).doesNotContain(titel)
                        .doesNotContain("Nulägesanalys").doesNotContain("21 kap").doesNotContain("hälsa")
                        .doesNotContain("för genomförande").doesNotContain("för kännedom");
                Assertions.assertThat(Postlada.bilagor(brev)).as(adress + ": no attachment").isEmpty();
            }
            Assertions.assertThat(utskick.stream().map(Postlada::innehall))
                    .anyMatch(text -> text.contains(BrowserTest.PUBLIK_ADRESS + "/uppdrag/" + id.value()));
        }
        Assertions.assertThat(Postlada.till(SMTP, "samverkan@regionexempel.se").stream()
                .filter(m -> Postlada.amne(m).contains(diarienummer))).as("the plain address gets the distribution only").hasSize(1);
        TestFolk.loggaUt();

        var administrator = inloggad(TestFolk.ADMINISTRATOR);
        administrator.oppna("uppdrag");
        var lista = administrator.sida();
        falt(lista, "Sök").fill(diarienummer);
        // the grid keeps its row elements for reuse, so only what is shown counts (the shared database holds other
        // marked uppdrag and uppdrag with the same title, drawn before the search narrowed the list)
        var synligt = lista.locator("vaadin-grid-cell-content:visible");
        assertThat(synligt.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(diarienummer))).hasCount(1);
        assertThat(synligt.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sekretess")
                .setExact(true))).hasCount(1);
        assertThat(synligt.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(titel))).hasCount(0);
        bilder.ta(administrator, "raden-for-en-administrator");
        administrator.oppna("uppdrag/" + id.value());
        assertThat(administrator.sida().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Uppdraget kan inte visas");
    }

    private void beslut(Processteg steg, se.uppdrag.uppdrag.UppdragId id) {
        var uppgift = steg.uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        beans.getBean(BeslutService.class).besluta(uppgift.id(), Beslut.FASTSTALL, null);
        TestFolk.loggaUt();
    }

    private String epost(String roll) {
        return folk.person(roll).epost().value();
    }
}
