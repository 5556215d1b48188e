package se.uppdrag.uppdrag.ui;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/** Browserless view tests of uppdrag carried some way through their process, with the clock under the test's control. */
public abstract class ProcessViewTestBase extends ViewTestBase {

    @Autowired
    protected BeslutService beslut;
    @Autowired
    protected UppgiftService uppgifter;
    @Autowired
    protected JusterbarKlocka klocka;

    @AfterEach
    void verklighetenIgen() {
        klocka.aterstall();
    }

    /** The full test draft through beslut by the one who decides alone: fastställt and pågående. */
    protected UppdragId faststallt() {
        var id = sparaFullstandigt().id();
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        return id;
    }

    /** Selects the tab with the label and returns its content, as a user clicking the tab would see it. */
    protected <T extends com.vaadin.flow.component.Component> T visa(com.vaadin.flow.component.tabs.TabSheet flikar, String etikett, Class<T> typ) {
        for (int i = 0; ; i++) {
            var flik = flikar.getTabAt(i);
            if (flik.getLabel().equals(etikett)) {
                flikar.setSelectedTab(flik);
                return typ.cast(flikar.getComponent(flik));
            }
        }
    }

    protected Uppgift uppgift(String roll, UppdragId id, String typ) {
        folk.loggaIn(roll);
        return uppgifter.mina(UppgiftFilter.alla()).stream()
                .filter(u -> u.typ().equals(typ) && u.arende() != null && u.arende().nyckel().equals(String.valueOf(id.value())))
                .findFirst().orElseThrow(() -> new AssertionError(roll + " saknar " + typ));
    }
}
