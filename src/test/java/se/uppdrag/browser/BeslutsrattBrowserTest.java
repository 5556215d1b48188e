package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;
import static se.uppdrag.browser.Vaadinfalt.meddelande;
import static se.uppdrag.browser.Vaadinfalt.valj;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import se.uppdrag.TestFolk;

/**
 * A decision cannot be taken by anyone without authority, tried in the production build as the people would: the
 * owner opens the beslutsfattare's decision task by its address and tries to give it to herself.
 */
class BeslutsrattBrowserTest extends BrowserTestBase {

    @Test
    void the_owner_who_tries_to_take_over_a_decision_is_refused_with_a_message_and_the_beslutsfattare_keeps_it() {
        var bilder = new Skarmbilder("beslutsratt");
        var steg = new Processteg(beans, folk);
        var id = steg.forBeslut();
        var beslutet = steg.uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        var agaren = folk.person(TestFolk.AGARE).namn();

        var agare = inloggad(TestFolk.AGARE);
        agare.oppna("uppgifter/" + beslutet.id());
        var sida = agare.sida();
        assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Besluta om uppdraget");
        assertThat(knapp(sida, "Delegera")).hasCount(0);
        knapp(sida, "Omfördela").click();
        var dialog = sida.getByRole(AriaRole.DIALOG);
        valj(sida, falt(dialog, "Person"), agaren);
        knapp(dialog, "OK").click();

        assertThat(meddelande(sida, agaren + " är inte beslutsfattare i uppdraget och kan inte få beslutet.")).isVisible();
        bilder.ta(agare, "omfordelning-nekad");

        var beslutsfattare = inloggad(TestFolk.BESLUTSFATTARE);
        beslutsfattare.oppna("uppgifter/" + beslutet.id());
        assertThat(falt(beslutsfattare.sida(), "Fastställ")).isVisible();
    }
}
