package se.uppdrag.workflow.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/** Browserless tests of the inbox and the task forms, on the real process. */
@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
abstract class InkorgTestBase extends SpringBrowserlessTest {

    @Autowired
    UppdragService uppdrag;
    @Autowired
    UppgiftService uppgifter;
    @Autowired
    se.uppdrag.uppdrag.RemissService remiss;
    @Autowired
    org.springframework.context.ApplicationContext beans;
    @Autowired
    JusterbarKlocka klocka;

    TestFolk folk;

    @BeforeEach
    void nyttFolkPaSvenska() {
        folk = TestFolk.nytt(beans);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void aterstall() {
        TestFolk.loggaUt();
        klocka.aterstall();
    }

    UppdragId nyttUtkast() {
        return Handlingar.sparaFullstandigt(uppdrag, folk).id();
    }

    Uppgift uppgift(String roll, UppdragId id, String typ) {
        folk.loggaIn(roll);
        return uppgifter.mina(UppgiftFilter.alla()).stream()
                .filter(u -> u.typ().equals(typ) && u.arende().nyckel().equals(String.valueOf(id.value())))
                .findFirst().orElseThrow(() -> new AssertionError(roll + " saknar " + typ));
    }

    UppgiftView oppna(String roll, UppdragId id, String typ) {
        var uppgift = uppgift(roll, id, typ);
        return navigate("uppgifter/" + uppgift.id(), UppgiftView.class);
    }
}
