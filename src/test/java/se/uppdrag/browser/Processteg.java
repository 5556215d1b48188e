package se.uppdrag.browser;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.springframework.context.ApplicationContext;
import se.uppdrag.Handlingar;
import se.uppdrag.JusterbarKlocka;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.GenomforandeService;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/**
 * Brings uppdrag of the test data (Handlingar's full draft) into a given step of their process through the
 * application's services, as the people of the cast, so that a browser test can open the screens of that step.
 */
final class Processteg {

    private final TestFolk folk;
    private final UppdragService uppdrag;
    private final RemissService remiss;
    private final BeslutService beslut;
    private final GenomforandeService genomforande;
    private final UppgiftService uppgifter;
    private final ManagementService management;
    private final JusterbarKlocka klocka;

    Processteg(ApplicationContext beans, TestFolk folk) {
        this.folk = folk;
        this.uppdrag = beans.getBean(UppdragService.class);
        this.remiss = beans.getBean(RemissService.class);
        this.beslut = beans.getBean(BeslutService.class);
        this.genomforande = beans.getBean(GenomforandeService.class);
        this.uppgifter = beans.getBean(UppgiftService.class);
        this.management = beans.getBean(ManagementService.class);
        this.klocka = beans.getBean(JusterbarKlocka.class);
    }

    /** The full draft, saved by the owner (beslutsfattare: Björn, who decides alone, and Göran). */
    UppdragId utkast() {
        return Handlingar.sparaFullstandigt(uppdrag, folk).id();
    }

    UppdragId paRemiss(String... granskare) {
        var id = utkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(),
                List.of(granskare).stream().map(roll -> folk.person(roll).id()).toList(), LocalDate.now(klocka).plusDays(14));
        return id;
    }

    /** Back with the owner after a round in which the reviewer asked for changes. */
    UppdragId utkastEfterRemiss(String granskare) {
        var id = paRemiss(granskare);
        remiss.svara(uppgift(granskare, id, "remissvar").id(), Remissvar.Svar.ANDRINGAR_BEHOVS, "Lägg till facklig samverkan.");
        return id;
    }

    UppdragId forBeslut() {
        return forBeslut(utkast());
    }

    private UppdragId forBeslut(UppdragId id) {
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
        return id;
    }

    /** Fastställt by the beslutsfattare who decides alone: registered and pågående. */
    UppdragId faststallt() {
        return faststallt(forBeslut());
    }

    /** The owner's own draft, written from an empty one, fastställt the same way on the clock's day. */
    UppdragId faststallt(java.util.function.UnaryOperator<se.uppdrag.uppdrag.Uppdragshandling> skriv) {
        folk.loggaIn(TestFolk.AGARE);
        return faststallt(forBeslut(uppdrag.skapa(skriv.apply(uppdrag.nyttUtkast())).id()));
    }

    private UppdragId faststallt(UppdragId id) {
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        return id;
    }

    UppdragId slutrapportInlamnad() {
        var id = faststallt();
        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Förslaget är klart och bifogas.", List.of());
        return id;
    }

    /** The final report approved by a beslutsfattare: the uppdrag is avslutat. */
    UppdragId avslutat() {
        var id = slutrapportInlamnad();
        genomforande.beslutaOmSlutrapport(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport").id(), true, "Godkänd.");
        return id;
    }

    /** Lets time run to the uppdrag's next status report date: its timer fires and the uppdragstagare is asked for a report. */
    void tidForStatusrapport(UppdragId id) {
        var processinstans = uppgift(TestFolk.TAGARE, id, "slutrapport").processinstans();
        TestFolk.loggaUt();
        var timer = management.createTimerJobQuery().processInstanceId(processinstans).singleResult();
        klocka.till(LocalDate.ofInstant(timer.getDuedate().toInstant(), klocka.getZone()));
        for (var jobb : management.createTimerJobQuery().processInstanceId(processinstans)
                .duedateLowerThan(Date.from(klocka.instant())).list()) {
            management.executeJob(management.moveTimerToExecutableJob(jobb.getId()).getId());
        }
    }

    /** The person's task of the given kind for the uppdrag; they stay logged in on this thread, to do it. */
    Uppgift uppgift(String roll, UppdragId id, String typ) {
        return uppgift(roll, typ, u -> u.arende() != null && u.arende().nyckel().equals(String.valueOf(id.value())));
    }

    /** The person's first task of the given kind, whatever uppdrag it concerns. */
    Uppgift uppgift(String roll, String typ) {
        return uppgift(roll, typ, u -> true);
    }

    private Uppgift uppgift(String roll, String typ, java.util.function.Predicate<Uppgift> villkor) {
        folk.loggaIn(roll);
        return uppgifter.mina(UppgiftFilter.alla()).stream().filter(u -> u.typ().equals(typ)).filter(villkor).findFirst()
                .orElseThrow(() -> new AssertionError(roll + " har ingen uppgift " + typ));
    }
}
