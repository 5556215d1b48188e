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
import static se.uppdrag.browser.Vaadinfalt.falt;
import static se.uppdrag.browser.Vaadinfalt.knapp;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.1 AA (DOS-lagen, EN 301 549) on every view, for every role that sees it, in a real Chromium with axe-core,
 * on the production bundle. Every view is opened by typing its address (a full page load, as from a mail link, a
 * bookmark or F5), and must draw the controls it is for ({@link #visar}); {@link MenynBrowserTest} reaches the same
 * views through the menu. The table {@link #vyer()} is the list of views: a new view is one new line (route, who sees
 * it, what to do first).
 * Routes name the test data in braces: {uppdrag:pagaende} is an uppdrag in that step, {uppgift:remissvar} the
 * viewer's own task of that kind, {uppgift:remissvar@medlem} someone else's.
 * The table is checked in two halves, each by a class of its own, so that the two run at once in the two JVMs of the
 * browser tests (pom.xml {@code test.forks}): {@link TillganglighetBrowserTest} the views at even places and the
 * checks of their own, {@link TillganglighetAndraHalvanBrowserTest} those at odd places.
 */
abstract class Tillganglighetsprov extends BrowserTestBase {

    /** A view to check: the route, the role that looks at it (null: not logged in), and what they do first. */
    record Vy(String roll, String vag, Steg steg) {
        @Override
        public String toString() {
            return (roll == null ? "utloggad" : roll) + ": " + vag + (steg == INGET ? "" : " – " + steg);
        }
    }

    /** What the viewer does before the check: open a tab, a dialog, provoke the form's error messages. */
    interface Steg {
        void gor(Fonster fonster);
    }

    static final Steg INGET = steg("", f -> { });
    static final List<String> ALLA = List.of(AGARE, GIVARE, GIVARE2, TAGARE, MEDLEM, BESLUTSFATTARE, MOTTAGARE, REGISTRATOR,
            ADMINISTRATOR, UTOMSTAENDE);
    /** Those who see the pågående uppdrag: its participants, the registrator and the administrator. */
    static final List<String> DELTAGARE = List.of(AGARE, GIVARE, GIVARE2, TAGARE, MEDLEM, BESLUTSFATTARE, MOTTAGARE,
            REGISTRATOR, ADMINISTRATOR);

    static Stream<Vy> vyer() {
        return Stream.of(
                vy("login", utloggad()),
                vy("login?error", utloggad()),
                vy("uppgifter", ALLA, visar(AriaRole.HEADING, "Mina uppgifter")),
                vy("uppdrag", ALLA, visar(AriaRole.HEADING, "Uppdrag")),
                vy("installningar", ALLA, visar(AriaRole.HEADING, "Mina inställningar")),
                vy("franvaro", List.of(MEDLEM, ADMINISTRATOR), visar(AriaRole.HEADING, "Frånvaro och ersättare"),
                        visarFalt("Från och med"), visarFalt("Ersättare")),
                vy("franvaro", List.of(MEDLEM), klicka("Registrera frånvaro")),
                vy("uppdrag/ny", List.of(AGARE, UTOMSTAENDE)),
                vy("uppdrag/ny", List.of(AGARE), klicka("Spara utkast")),
                vy("uppdrag/{uppdrag:utkast}/redigera", List.of(AGARE)),
                vy("uppdrag/{uppdrag:pagaende}", DELTAGARE),
                vy("uppdrag/{uppdrag:pagaende}", DELTAGARE, flik("Historik")),
                vy("uppdrag/{uppdrag:pagaende}", DELTAGARE, flik("Uppföljning")),
                vy("uppdrag/{uppdrag:pagaende}", DELTAGARE, flik("Processbild")),
                vy("uppdrag/{uppdrag:pagaende}", List.of(GIVARE), klicka("Pausa")),
                vy("uppdrag/{uppdrag:pagaende}", List.of(GIVARE), klicka("Pausa"), iDialogen("Pausa")),
                vy("uppdrag/{uppdrag:pagaende}", List.of(GIVARE), klicka("Revidera")),
                vy("uppdrag/{uppdrag:pagaende}", List.of(GIVARE), klicka("Stryk")),
                vy("uppdrag/{uppdrag:avslutat}", List.of(AGARE, TAGARE)),
                vy("uppgifter/{uppgift:utkast}", List.of(AGARE), visarFalt("Svar senast"), visarFalt("Granskare"),
                        visar(AriaRole.BUTTON, "Skicka på remiss"), visar(AriaRole.BUTTON, "Skicka för beslut")),
                vy("uppgifter/{uppgift:remissuppfoljning}", List.of(AGARE), visar(AriaRole.BUTTON, "Avsluta remissrundan")),
                vy("uppgifter/{uppgift:remissvar}", List.of(MEDLEM, GIVARE2), visar(AriaRole.RADIO, "Godkänt"),
                        visar(AriaRole.RADIO, "Ändringar behövs"), visar(AriaRole.BUTTON, "Skicka svar")),
                vy("uppgifter/{uppgift:remissvar}", List.of(MEDLEM), klicka("Skicka svar")),
                vy("uppgifter/{uppgift:beslutsuppgift}", List.of(BESLUTSFATTARE, GIVARE), visar(AriaRole.RADIO, "Fastställ"),
                        visar(AriaRole.RADIO, "Återremittera"), visar(AriaRole.RADIO, "Avslå"),
                        visar(AriaRole.BUTTON, "Registrera beslutet")),
                // a decision is never lent, so its task offers no Delegera; an activity's does
                vy("uppgifter/{uppgift:aktivitet}", List.of(MEDLEM), klicka("Delegera")),
                vy("uppgifter/{uppgift:aktivitet}", List.of(MEDLEM), klicka("Delegera"), iDialogen("OK")),
                vy("uppgifter/{uppgift:aktivitet}", List.of(MEDLEM), visar(AriaRole.BUTTON, "Markera som klar")),
                vy("uppgifter/{uppgift:statusrapport}", List.of(TAGARE), visar(AriaRole.RADIO, "Grön – enligt plan"),
                        visar(AriaRole.RADIO, "Negativ"), visar(AriaRole.BUTTON, "Lämna statusrapport")),
                vy("uppgifter/{uppgift:statusrapport}", List.of(TAGARE), klicka("Lämna statusrapport")),
                vy("uppgifter/{uppgift:slutrapport}", List.of(TAGARE), visarUppladdning(),
                        visar(AriaRole.BUTTON, "Lämna slutrapporten")),
                vy("uppgifter/{uppgift:beslutOmSlutrapport}", List.of(BESLUTSFATTARE, GIVARE),
                        visar(AriaRole.RADIO, "Godkänn slutrapporten"), visar(AriaRole.RADIO, "Begär komplettering")),
                vy("uppdrag/{uppdrag:pagaende}", DELTAGARE, flik("Versioner")),
                vy("uppdrag/{uppdrag:pagaende}", DELTAGARE, flik("Tidplan")),
                vy("tidplan", ALLA, visar(AriaRole.HEADING, "Tidplan per enhet")),
                vy("oversikt", ALLA, visar(AriaRole.HEADING, "Översikt"), visar(AriaRole.HEADING, "Försenad återredovisning")),
                vy("uppfoljning", List.of(REGISTRATOR, GIVARE, UTOMSTAENDE), visarFalt("Period"), visarFalt("Enhet"),
                        visar(AriaRole.HEADING, "Uppdrag och status")),
                vy("uppfoljning", List.of(REGISTRATOR), valjPeriod("Annan period"), visarFalt("Från och med"),
                        visarFalt("Till och med")),
                vy("utkorg", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Utkorg")),
                vy("granskning", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Händelselogg")),
                vy("delegationsordning", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Delegationsordning")),
                vy("planer", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Planer och målområden"), visarFalt("Planens namn")),
                vy("indikatorer", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Indikatorer för planernas mål"),
                        visarFalt("Indikatorns namn"), visar(AriaRole.BUTTON, "Spara indikatorn")),
                vy("statusrapporter", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Datum för statusrapporter"),
                        visarFalt("Varje tertial"), visar(AriaRole.BUTTON, "Spara datumen")),
                // a period report's own pages, its draft, approval and frozen state, are checked along its journey
                // (UppfoljningsrapportensResaBrowserTest); here the list, with the form that starts one for the registrator
                vy("uppfoljningsrapporter", List.of(REGISTRATOR, BESLUTSFATTARE), visar(AriaRole.HEADING, "Uppföljningsrapporter")),
                vy("uppfoljningsrapporter", List.of(REGISTRATOR), klicka("Påbörja rapporten")),
                vy("delegationsbeslut", List.of(REGISTRATOR, ADMINISTRATOR), visar(AriaRole.HEADING, "Delegationsbeslut för anmälan")),
                vy("utkorg", List.of(ADMINISTRATOR), forstaRaden()),
                // the administrator's directory, organisation and logins; every user's own account
                vy("organisation", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Organisation"),
                        steg("visar trädet", f -> assertThat(f.sida().locator("vaadin-grid")).isVisible())),
                vy("personer", List.of(ADMINISTRATOR), visarFalt("Sök person"), visar(AriaRole.BUTTON, "Lägg till person")),
                vy("personer", List.of(ADMINISTRATOR), klicka("Lägg till person")),
                vy("personer/import", List.of(ADMINISTRATOR), visarUppladdning()),
                vy("uppgifter/person/{person:" + MEDLEM + "}", List.of(ADMINISTRATOR), visarRubrik(),
                        visar(AriaRole.BUTTON, "Omfördela Svara på remiss")),
                vy("inloggningar", List.of(ADMINISTRATOR), visar(AriaRole.BUTTON, "Ny inloggning")),
                vy("inloggningar", List.of(ADMINISTRATOR), klicka("Ny inloggning")),
                vy("konto", ALLA, visarFalt("Nuvarande lösenord"), visar(AriaRole.BUTTON, "Byt lösenord")),
                vy("losenord/en-lank-som-inte-finns", utloggad(), visar(AriaRole.HEADING, "Länken fungerar inte")),
                vy("inloggning/okand", utloggad(), visar(AriaRole.HEADING, "Du är inte registrerad i Uppdrag")),
                vy("sakerhetslogg", List.of(ADMINISTRATOR), visar(AriaRole.HEADING, "Säkerhetslogg"),
                        visar(AriaRole.HEADING, "Spärrade inloggningar")),
                // What someone sees who may not, typing the address: the uppdrag, another's task, an administrator's view
                skriven("uppdrag/{uppdrag:pagaende}", List.of(UTOMSTAENDE)),
                skriven("uppgifter/{uppgift:beslutsuppgift@" + BESLUTSFATTARE + "}", List.of(UTOMSTAENDE)),
                skriven("utkorg", List.of(AGARE)),
                skriven("personer", List.of(AGARE)),
                skriven("inloggningar", List.of(REGISTRATOR)),
                skriven("sakerhetslogg", List.of(AGARE)),
                skriven("sidan-finns-inte", List.of(AGARE)),
                vy("sidan-finns-inte", List.of(AGARE)))
                .flatMap(s -> s);
    }

    Processteg processteg;
    final Map<String, String> uppdrag = new HashMap<>();
    final Map<String, Fonster> inloggade = new HashMap<>();
    final Skarmbilder bilder = new Skarmbilder("tillganglighet");

    @BeforeAll
    void uppdragIVarjeSteg() {
        processteg = new Processteg(beans, folk);
        uppdrag.put("utkast", String.valueOf(processteg.utkastEfterRemiss(MEDLEM).value()));
        processteg.paRemiss(MEDLEM, GIVARE2);
        processteg.forBeslut();
        var pagaende = processteg.faststallt();
        uppdrag.put("pagaende", String.valueOf(pagaende.value()));
        processteg.tidForStatusrapport(pagaende);
        klocka.aterstall();
        processteg.slutrapportInlamnad();
        uppdrag.put("avslutat", String.valueOf(processteg.avslutat().value()));
    }

    /** The half of the table this class checks: the views at even places (0) or at odd ones (1). */
    abstract int halva();

    Stream<Vy> halvansVyer() {
        var alla = vyer().toList();
        return java.util.stream.IntStream.range(0, alla.size()).filter(i -> i % 2 == halva()).mapToObj(alla::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("halvansVyer")
    void every_view_meets_wcag_2_1_aa_for_every_role_that_sees_it(Vy vy) {
        var fonster = fonster(vy.roll());
        try {
            fonster.oppna(vag(vy));
            vy.steg().gor(fonster);
            fonster.tillganglig(vy.toString());
        } catch (AssertionError | RuntimeException fel) {
            bilder.ta(fonster, "fel-" + vy.toString().replaceAll("[^\\p{L}\\p{N}]+", "-"));
            throw fel;
        } finally {
            fonster.stangDialoger();
        }
    }

    /** The field is marked invalid, and what a screen reader reads with it (aria-describedby) includes the message. */
    static void annonseras(Locator falt, String meddelande) {
        assertThat(falt).hasAttribute("aria-invalid", "true");
        var beskrivning = (String) falt.evaluate("""
                el => (el.getAttribute('aria-describedby') || '').split(' ').filter(id => id)
                        .map(id => { const d = el.getRootNode().getElementById(id) || document.getElementById(id); return d ? d.textContent : ''; })
                        .join(' ')""");
        Assertions.assertThat(beskrivning).as("aria-describedby of %s", falt).contains(meddelande);
    }

    Fonster fonster(String roll) {
        if (roll == null) {
            return inloggade.computeIfAbsent("", r -> nyttFonster());
        }
        return inloggade.computeIfAbsent(roll, this::inloggad);
    }

    /** The route with its test data filled in. */
    String vag(Vy vy) {
        var matchning = Pattern.compile("\\{(uppdrag|uppgift|person):([^}@]+)(?:@([^}]+))?}").matcher(vy.vag());
        var vag = new StringBuilder();
        while (matchning.find()) {
            var varde = switch (matchning.group(1)) {
                case "uppdrag" -> uppdrag.get(matchning.group(2));
                case "person" -> String.valueOf(folk.person(matchning.group(2)).id().value());
                default -> processteg.uppgift(matchning.group(3) == null ? vy.roll() : matchning.group(3), matchning.group(2)).id();
            };
            matchning.appendReplacement(vag, varde);
        }
        matchning.appendTail(vag);
        return vag.toString();
    }

    static Stream<Vy> vy(String vag, List<String> roller, Steg... steg) {
        var allaSteg = steg(String.join(", ", Stream.of(steg).map(Object::toString).toList()),
                f -> Stream.of(steg).forEach(s -> s.gor(f)));
        return roller.stream().map(roll -> new Vy(roll, vag, steg.length == 0 ? INGET : allaSteg));
    }

    /** A route that someone types who may not see it, as someone does who follows or guesses a link. */
    static Stream<Vy> skriven(String vag, List<String> roller) {
        return vy(vag, roller, visarRubrik());
    }

    /** The page has its level-1 heading (what a screen reader user jumps to first). */
    static Steg visarRubrik() {
        return steg("visar sidans rubrik", f -> assertThat(f.sida().getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setLevel(1)).first()).isVisible());
    }

    /** The view draws this control (by its role and accessible name, as a screen reader finds it). */
    static Steg visar(AriaRole roll, String namn) {
        return steg("visar " + namn, f -> assertThat(f.sida().getByRole(roll,
                new Page.GetByRoleOptions().setName(namn).setExact(true)).first()).isVisible());
    }

    /** The view draws the field with this label. */
    static Steg visarFalt(String etikett) {
        return steg("visar fältet " + etikett, f -> assertThat(falt(f.sida(), etikett)).isVisible());
    }

    /** The view draws a working upload: the component with its button. */
    static Steg visarUppladdning() {
        return steg("visar uppladdningen", f -> {
            assertThat(f.sida().locator("vaadin-upload")).isVisible();
            assertThat(f.sida().locator("vaadin-upload vaadin-upload-button, vaadin-upload [slot=add-button]").first()).isVisible();
        });
    }

    static Steg valjPeriod(String period) {
        return steg("väljer " + period, f -> {
            falt(f.sida(), "Period").click();
            f.sida().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(period)).click();
            f.vantaPaVaadin();
        });
    }

    static List<String> utloggad() {
        return java.util.Collections.singletonList(null);
    }

    static Steg klicka(String knapp) {
        return steg("klickar " + knapp, f -> {
            knapp(f.sida(), knapp).click();
            f.vantaPaVaadin();
        });
    }

    /** Clicks a button of the open dialog (where the dialog repeats the name of the button that opened it). */
    static Steg iDialogen(String knapp) {
        return steg("klickar " + knapp + " i dialogen", f -> {
            f.sida().getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(knapp).setExact(true)).click();
            f.vantaPaVaadin();
        });
    }

    static Steg flik(String flik) {
        return steg("fliken " + flik, f -> {
            f.sida().getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(flik)).click();
            f.vantaPaVaadin();
        });
    }

    static Steg forstaRaden() {
        return steg("första raden öppnad", f -> {
            f.sida().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("@")).first().click();
            f.vantaPaVaadin();
        });
    }

    static Steg steg(String namn, Steg steg) {
        return new Steg() {
            @Override
            public void gor(Fonster fonster) {
                steg.gor(fonster);
            }

            @Override
            public String toString() {
                return namn;
            }
        };
    }
}
