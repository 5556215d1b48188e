package se.uppdrag.reporting.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.StyrdaBakgrundsarbeten;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Views of the follow-up on the real services, in Swedish, on Monday 23 November 2026, with uppdrag of their own unit. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
abstract class RapportvyTestBase extends SpringBrowserlessTest {

    static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    @Autowired
    UppdragService uppdrag;
    @Autowired
    JusterbarKlocka klocka;
    @Autowired
    ApplicationContext beans;
    @Autowired
    StyrdaBakgrundsarbeten bakgrund;

    TestFolk folk;
    String enhet;

    @BeforeEach
    void nyttFolkIEnEgenEnhet() {
        folk = TestFolk.nytt(beans);
        enhet = "Enheten " + folk.anvandarnamn(TestFolk.AGARE);
        klocka.till(IDAG);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void verklighetenIgen() {
        bakgrund.slappAllt();
        klocka.aterstall();
        TestFolk.loggaUt();
    }

    /** Waits for the view's background work; the browser's next poll brings its results. */
    void narArbetetArKlart() {
        bakgrund.klart();
    }

    /** An uppdrag of the unit brought in from the old diarium, decided on the day, with the status it has there. */
    Uppdragshandling inlast(String titel, LocalDate beslutat, @Nullable LocalDate slutleverans, UppdragStatus status) {
        return inlast(titel, beslutat, slutleverans, status, se.uppdrag.uppdrag.Planplacering.INGEN);
    }

    /** As above, placed in a plan. */
    Uppdragshandling inlast(String titel, LocalDate beslutat, @Nullable LocalDate slutleverans, UppdragStatus status,
            se.uppdrag.uppdrag.Planplacering plan) {
        var h = Handlingar.beslutad(utkastetTill(titel), beslutat).iPlan(plan);
        h = slutleverans == null ? Handlingar.utanSlutleverans(h) : Handlingar.medSlutleverans(h, slutleverans);
        folk.loggaIn(TestFolk.REGISTRATOR);
        return uppdrag.importera(h, status);
    }

    Uppdragshandling utkast(String titel) {
        var h = utkastetTill(titel);
        folk.loggaIn(TestFolk.AGARE);
        return uppdrag.skapa(h);
    }

    private Uppdragshandling utkastetTill(String titel) {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie till " + titel));
        return Handlingar.iEnhet(Handlingar.fullstandig(uppdrag.nyttUtkast(), folk,
                new UppdragRef(lankat.id(), lankat.titel(), null)), enhet, titel);
    }
}
