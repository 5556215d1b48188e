package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.workflow.FranvaroService;
import se.uppdrag.workflow.UppgiftNekadException;
import se.uppdrag.workflow.internal.Omdirigering;

/**
 * While a beslutsfattare is away, their registered substitute (ersättare) has their tasks and decides for them. Each test has
 * its own people, so an absence registered here concerns no other test.
 */
class ErsattareTest extends ProcessTestBase {

    @Autowired
    FranvaroService franvaro;
    @Autowired
    Omdirigering omdirigering;

    @Test
    void open_tasks_go_to_the_substitute_when_the_absence_begins_and_come_back_when_it_ends() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        var idag = LocalDate.now(klocka);
        franvaro.registrera(person(TestFolk.BESLUTSFATTARE), idag.plusDays(1), idag.plusDays(3), person(TestFolk.MEDLEM));
        assertThat(uppgifter(TestFolk.MEDLEM, id, "beslutsuppgift")).isEmpty();

        tidTill(idag.plusDays(1));
        omdirigering.synka(LocalDate.now(klocka));

        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift")).isEmpty();
        var hosErsattaren = uppgift(TestFolk.MEDLEM, id, "beslutsuppgift");
        assertThat(hosErsattaren.id()).isEqualTo(beslutet.id());
        assertThat(hosErsattaren.ersatterFor()).isEqualTo(person(TestFolk.BESLUTSFATTARE));
        assertThat(franvaro.varfor(hosErsattaren).orElseThrow().svenska()).isEqualTo("Du har uppgiften som ersättare för "
                + folk.person(TestFolk.BESLUTSFATTARE).namn() + ", som är frånvarande till och med " + idag.plusDays(3) + ".");

        tidTill(idag.plusDays(4));
        omdirigering.synka(LocalDate.now(klocka));

        assertThat(uppgifter(TestFolk.MEDLEM, id, "beslutsuppgift")).isEmpty();
        var tillbaka = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift");
        assertThat(tillbaka.id()).isEqualTo(beslutet.id());
        assertThat(tillbaka.ersatterFor()).isNull();
        assertThat(tidslinje(id)).containsSubsequence(HandelseTyp.UPPGIFT_TILL_ERSATTARE, HandelseTyp.UPPGIFT_FRAN_ERSATTARE);
    }

    @Test
    void a_task_created_for_someone_away_goes_straight_to_the_substitute() {
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        franvaro.registrera(person(TestFolk.BESLUTSFATTARE), idag, idag.plusDays(5), person(TestFolk.MEDLEM));
        var id = nyttUtkast();

        skickaForBeslut(id);

        assertThat(uppgifter(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift")).isEmpty();
        assertThat(uppgift(TestFolk.MEDLEM, id, "beslutsuppgift").ersatterFor()).isEqualTo(person(TestFolk.BESLUTSFATTARE));
    }

    @Test
    void a_substitute_decides_for_the_absent_beslutsfattare_and_the_decision_names_both() {
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        franvaro.registrera(person(TestFolk.BESLUTSFATTARE), idag, idag.plusDays(5), person(TestFolk.MEDLEM));
        var id = nyttUtkast();
        skickaForBeslut(id);

        beslut.besluta(uppgift(TestFolk.MEDLEM, id, "beslutsuppgift").id(), Beslut.FASTSTALL, "Bra");

        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(somRegistrator(id).beslutsform().beslutadAv()).isEqualTo(folk.person(TestFolk.MEDLEM).namn()
                + ", ersättare för " + folk.person(TestFolk.BESLUTSFATTARE).namn());
        var handelser = historik.handelser(id);
        var tillErsattaren = handelser.stream().filter(h -> h.typ() == HandelseTyp.UPPGIFT_TILL_ERSATTARE).toList();
        assertThat(tillErsattaren).singleElement().satisfies(h -> assertThat(h.kommentar()).isEqualTo("Besluta om uppdraget: från "
                + folk.person(TestFolk.BESLUTSFATTARE).namn() + " till " + folk.person(TestFolk.MEDLEM).namn()));
        var faststallt = handelser.stream().filter(h -> h.typ() == HandelseTyp.FASTSTALLT_AV).findFirst().orElseThrow();
        assertThat(faststallt.vem()).isEqualTo(folk.person(TestFolk.MEDLEM).namn());
        assertThat(faststallt.forVem()).as("the history keeps both names").isEqualTo(folk.person(TestFolk.BESLUTSFATTARE).namn());
    }

    @Test
    void with_several_beslutsfattare_the_substitute_counts_as_the_absent_one() {
        var idag = LocalDate.now(klocka);
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.spara(utanEnsamBeslutsfattare(uppdrag.hamta(id)));
        folk.loggaIn(TestFolk.GIVARE);
        franvaro.registrera(person(TestFolk.GIVARE), idag, idag.plusDays(2), person(TestFolk.MEDLEM));
        skickaForBeslut(id);

        beslut.besluta(uppgift(TestFolk.MEDLEM, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);

        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(somRegistrator(id).beslutsform().beslutadAv()).isEqualTo(folk.person(TestFolk.MEDLEM).namn()
                + ", ersättare för " + folk.person(TestFolk.GIVARE).namn() + " och " + folk.person(TestFolk.BESLUTSFATTARE).namn());
    }

    @Test
    void a_substitute_whose_period_has_ended_cannot_decide() {
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        franvaro.registrera(person(TestFolk.BESLUTSFATTARE), idag, idag.plusDays(1), person(TestFolk.MEDLEM));
        var id = nyttUtkast();
        skickaForBeslut(id);
        var beslutet = uppgift(TestFolk.MEDLEM, id, "beslutsuppgift");
        klocka.till(idag.plusDays(2)); // before the night's job has given the task back

        folk.loggaIn(TestFolk.MEDLEM);
        assertThatThrownBy(() -> beslut.besluta(beslutet.id(), Beslut.FASTSTALL, null)).isInstanceOf(UppgiftNekadException.class)
                .hasMessage("Du är inte längre ersättare för " + folk.person(TestFolk.BESLUTSFATTARE).namn()
                        + " och kan inte fatta beslutet åt honom eller henne.");
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void a_substitute_who_is_a_beslutsfattare_of_the_uppdrag_cannot_decide_a_second_time() {
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        franvaro.registrera(person(TestFolk.BESLUTSFATTARE), idag, idag.plusDays(1), person(TestFolk.GIVARE));
        var id = nyttUtkast();
        skickaForBeslut(id);
        var bjornsBeslut = uppgifter(TestFolk.GIVARE, id, "beslutsuppgift").stream().filter(u -> u.ersatterFor() != null)
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> beslut.besluta(bjornsBeslut.id(), Beslut.FASTSTALL, null)).isInstanceOf(UppgiftNekadException.class)
                .hasMessageStartingWith("Du är själv beslutsfattare i uppdraget");
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void an_absence_needs_a_period_not_yet_over_and_a_substitute_who_is_someone_else_and_present() {
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.MEDLEM);
        var medlem = person(TestFolk.MEDLEM);
        var mottagare = person(TestFolk.MOTTAGARE);
        assertThatThrownBy(() -> franvaro.registrera(medlem, idag, idag.minusDays(1), mottagare))
                .isInstanceOf(OgiltigtVardeException.class).hasMessage("Sista dagen kan inte vara före den första.");
        assertThatThrownBy(() -> franvaro.registrera(medlem, idag.minusDays(5), idag.minusDays(1), mottagare))
                .hasMessageStartingWith("Frånvaron är redan slut.");
        assertThatThrownBy(() -> franvaro.registrera(medlem, idag, idag, medlem)).hasMessage("Du kan inte vara din egen ersättare.");
        assertThatThrownBy(() -> franvaro.registrera(medlem, idag, null, mottagare)).hasMessage("Ange sista dagen av frånvaron.");
        franvaro.registrera(medlem, idag, idag.plusDays(3), mottagare);
        assertThatThrownBy(() -> franvaro.registrera(medlem, idag.plusDays(2), idag.plusDays(9), mottagare))
                .hasMessage("Det finns redan en registrerad frånvaro under den perioden.");
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> franvaro.registrera(person(TestFolk.AGARE), idag.plusDays(1), idag.plusDays(2), medlem))
                .hasMessage(folk.person(TestFolk.MEDLEM).namn() + " är själv frånvarande under perioden och kan inte vara ersättare.");
    }

    @Test
    void only_the_person_or_an_administrator_registers_or_ends_an_absence() {
        var idag = LocalDate.now(klocka);
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> franvaro.registrera(person(TestFolk.MEDLEM), idag, idag, person(TestFolk.AGARE)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Du kan bara registrera och ändra din egen frånvaro.");
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var registrerad = franvaro.registrera(person(TestFolk.MEDLEM), idag, idag.plusDays(1), person(TestFolk.MOTTAGARE));
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> franvaro.avsluta(registrerad.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> franvaro.alla()).isInstanceOf(AccessDeniedException.class);

        folk.loggaIn(TestFolk.MEDLEM);
        franvaro.avsluta(registrerad.id());
        assertThat(franvaro.mina()).isEmpty();
    }
}
