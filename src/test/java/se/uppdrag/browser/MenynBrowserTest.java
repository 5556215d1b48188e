package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.uppdrag.TestFolk.ADMINISTRATOR;
import static se.uppdrag.TestFolk.AGARE;
import static se.uppdrag.TestFolk.BESLUTSFATTARE;
import static se.uppdrag.TestFolk.GIVARE;
import static se.uppdrag.TestFolk.GIVARE2;
import static se.uppdrag.TestFolk.MEDLEM;
import static se.uppdrag.TestFolk.MOTTAGARE;
import static se.uppdrag.TestFolk.REGISTRATOR;
import static se.uppdrag.TestFolk.TAGARE;
import static se.uppdrag.TestFolk.UTOMSTAENDE;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every view reached through the menu, for every role, on the production bundle: each menu item draws its view, and
 * the same address typed into the address bar (or F5) draws the same view. A task reached from Mina uppgifter draws
 * its form, and so does the same task page loaded afresh, as from the link in a mail.
 */
class MenynBrowserTest extends BrowserTestBase {

    static final List<String> ROLLER = List.of(AGARE, GIVARE, GIVARE2, TAGARE, MEDLEM, BESLUTSFATTARE, MOTTAGARE,
            REGISTRATOR, ADMINISTRATOR, UTOMSTAENDE);

    private final Skarmbilder bilder = new Skarmbilder("menyn");
    /** One screenshot per view, by the first role whose menu leads there (a full-height screenshot takes a second or two). */
    private static final java.util.Set<String> FOTOGRAFERADE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeAll
    void enRemissTillMedlemmen() {
        new Processteg(beans, folk).paRemiss(MEDLEM);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ROLLER")
    void every_menu_item_draws_its_view_and_so_does_its_address_typed_in(String roll) {
        var fonster = inloggad(roll);
        var sida = fonster.sida();
        var poster = menyposter(sida);
        Assertions.assertThat(poster).as("the menu of %s", roll).isNotEmpty();
        for (var post : poster) {
            sida.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(post.namn()).setExact(true)).click();
            fonster.vantaPaVaadin();
            assertThat(sida).hasURL(Vaadinfalt.slutarMed("/" + post.vag()));
            var rubrik = rubrik(sida);
            assertThat(rubrik).isVisible();
            var text = rubrik.textContent();

            fonster.oppna(post.vag());
            assertThat(rubrik(sida)).hasText(text);
            if (FOTOGRAFERADE.add(post.vag())) {
                bilder.ta(fonster, roll + "-" + post.vag().replaceAll("[^\\p{L}\\p{N}]+", "-"));
            }
        }
    }

    @Test
    void a_task_opened_from_the_inbox_and_reloaded_from_its_address_draws_its_form() {
        var fonster = inloggad(MEDLEM);
        var sida = fonster.sida();
        fonster.oppna("uppgifter");
        sida.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Svara på remiss")).first().click();
        fonster.vantaPaVaadin();
        assertThat(sida).hasURL(java.util.regex.Pattern.compile("/uppgifter/[^/]+$"));
        svarsvalSyns(sida);

        sida.reload();
        fonster.vantaPaVaadin();
        svarsvalSyns(sida);
        bilder.ta(fonster, "remissvar-efter-omladdning");
    }

    private static void svarsvalSyns(Page sida) {
        for (var val : List.of("Godkänt", "Ändringar behövs")) {
            assertThat(sida.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(val).setExact(true))).isVisible();
        }
    }

    private static Locator rubrik(Page sida) {
        return sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first();
    }

    record Menypost(String namn, String vag) {
    }

    /** The menu as the person sees it: each item's name and the address it leads to. */
    private static List<Menypost> menyposter(Page sida) {
        var poster = new ArrayList<Menypost>();
        var objekt = sida.locator("vaadin-side-nav-item[path]");
        for (var i = 0; i < objekt.count(); i++) {
            var post = objekt.nth(i);
            poster.add(new Menypost(post.innerText().strip(), post.getAttribute("path").replaceFirst("^/", "")));
        }
        return poster;
    }
}
