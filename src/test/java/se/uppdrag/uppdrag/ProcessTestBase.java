package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.PersonId;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/** Process tests: an uppdrag carried through its process by the people of {@link TestFolk}, with time travel. */
public abstract class ProcessTestBase extends UppdragTestBase {

    @Autowired
    protected RemissService remiss;
    @Autowired
    protected BeslutService beslut;
    @Autowired
    protected GenomforandeService genomforande;
    @Autowired
    protected UppdragAtgardService atgarder;
    @Autowired
    protected UppdragHistorikService historik;
    @Autowired
    protected UppgiftService uppgifter;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected JusterbarKlocka klocka;

    @AfterEach
    void verklighetenIgen() {
        klocka.aterstall();
    }

    /** The full test draft, saved by the owner (beslutsfattare: Björn decides alone, Göran too). */
    protected UppdragId nyttUtkast() {
        return sparaFullstandigt().id();
    }

    /** The owner's draft task, sent för beslut. */
    protected void skickaForBeslut(UppdragId id) {
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
    }

    /** Through beslut with the one who decides alone: the uppdrag is fastställt and pågående. */
    protected UppdragId faststalltUppdrag() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        return id;
    }

    /** Logs in as the person and returns their task of the given kind for the uppdrag. */
    protected Uppgift uppgift(String roll, UppdragId id, String typ) {
        return uppgifter(roll, id, typ).stream().findFirst()
                .orElseThrow(() -> new AssertionError(roll + " har ingen uppgift " + typ + " för uppdraget"));
    }

    protected List<Uppgift> uppgifter(String roll, UppdragId id, String typ) {
        folk.loggaIn(roll);
        return uppgifter.mina(UppgiftFilter.alla()).stream()
                .filter(u -> u.typ().equals(typ) && u.arende() != null && u.arende().nyckel().equals(String.valueOf(id.value())))
                .toList();
    }

    protected UppdragStatus status(UppdragId id) {
        folk.loggaIn(TestFolk.REGISTRATOR);
        return uppdrag.hamta(id).status();
    }

    protected Uppdragshandling somRegistrator(UppdragId id) {
        folk.loggaIn(TestFolk.REGISTRATOR);
        return uppdrag.hamta(id);
    }

    protected List<HandelseTyp> tidslinje(UppdragId id) {
        folk.loggaIn(TestFolk.REGISTRATOR);
        return historik.handelser(id).stream().map(Handelse::typ).toList();
    }

    /** Moves the clock to the day and fires every timer that is due by then, as the job executor would. */
    protected void tidTill(LocalDate dag) {
        klocka.till(dag);
        TestFolk.loggaUt();
        for (var jobb : management.createTimerJobQuery().duedateLowerThan(Date.from(klocka.instant())).list()) {
            var korbart = management.moveTimerToExecutableJob(jobb.getId());
            management.executeJob(korbart.getId());
        }
    }

    protected PersonId person(String roll) {
        return folk.person(roll).id();
    }

    protected boolean processenLever(UppdragId id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id.value())).count() > 0;
    }

    protected Uppdragshandling utanEnsamBeslutsfattare(Uppdragshandling h) {
        return Handlingar.medBeslutsfattare(h, List.of(new Beslutsfattare(folk.person(TestFolk.GIVARE), false),
                new Beslutsfattare(folk.person(TestFolk.BESLUTSFATTARE), false)));
    }
}
