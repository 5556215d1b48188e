package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.Uppgift;

/**
 * Who may change an uppdrag, as a table: every service method that changes its state or its tasks, tried by every
 * person of the cast (role × action), in the state the action belongs to and once more after it was taken (uppdrag
 * state), on the person's own task or, lacking one, on the task of the one who holds it (task kind). Allowed attempts
 * change the uppdrag; refused ones are refused with a clear exception and change nothing (status and timeline). Prints
 * how many combinations and denials it tried; this is the table a future API stands on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehorighetsmatrisTest extends ProcessTestBase {

    private static final List<String> ALLA = List.of(TestFolk.AGARE, TestFolk.GIVARE, TestFolk.GIVARE2, TestFolk.TAGARE,
            TestFolk.MEDLEM, TestFolk.BESLUTSFATTARE, TestFolk.MOTTAGARE, TestFolk.REGISTRATOR, TestFolk.ADMINISTRATOR,
            TestFolk.UTOMSTAENDE);
    private static final Set<String> UPPDRAGSGIVARNA = Set.of(TestFolk.GIVARE, TestFolk.GIVARE2, TestFolk.ADMINISTRATOR);
    private static final Set<String> BESLUTSFATTARNA = Set.of(TestFolk.BESLUTSFATTARE, TestFolk.GIVARE);
    private static final Sekretess SEKRETESS = new Sekretess(OslHanvisning.parse("21 kap. 7 § OSL"), "Uppgifter om hälsa");

    @org.springframework.beans.factory.annotation.Autowired
    SekretessService sekretess;
    @org.springframework.beans.factory.annotation.Autowired
    StatusrapportService statusrapport;

    private int kombinationer;
    private int nekade;

    /**
     * One action: the state it is taken in, the task it is taken on (if any), who may, the attempt itself, and what moves
     * the uppdrag on before the same attempt is made again (nothing: the action itself does).
     */
    private record Atgard(String namn, Function<BehorighetsmatrisTest, UppdragId> lage, String uppgiftstyp, String innehavare,
            Set<String> far, Forsok forsok, Forsok vidare) {

        Atgard(String namn, Function<BehorighetsmatrisTest, UppdragId> lage, String uppgiftstyp, String innehavare,
                Set<String> far, Forsok forsok) {
            this(namn, lage, uppgiftstyp, innehavare, far, forsok, (t, id, u, r) -> { });
        }
    }

    @FunctionalInterface
    private interface Forsok {
        void gor(BehorighetsmatrisTest test, UppdragId id, String uppgiftId, String roll);
    }

    private List<Atgard> atgarder() {
        return List.of(
                // a draft may be saved again and again while it is a draft; sent för beslut, no longer
                new Atgard("spara utkastet", BehorighetsmatrisTest::utkast, null, null, Set.of(TestFolk.AGARE),
                        (t, id, u, r) -> t.uppdrag.spara(Handlingar.medTitel(t.uppdrag.hamta(id), "Ny titel")),
                        (t, id, u, r) -> t.beslut.skickaForBeslut(id)),
                new Atgard("skicka på remiss", BehorighetsmatrisTest::utkast, "utkast", TestFolk.AGARE, Set.of(TestFolk.AGARE),
                        (t, id, u, r) -> t.remiss.skickaPaRemiss(u, List.of(t.person(TestFolk.MEDLEM)), LocalDate.now(t.klocka).plusDays(14))),
                new Atgard("skicka för beslut", BehorighetsmatrisTest::utkast, "utkast", TestFolk.AGARE, Set.of(TestFolk.AGARE),
                        (t, id, u, r) -> t.beslut.skickaForBeslut(u)),
                // the delegationsordning: with no chosen beslutsfattare having authority, not even the owner may send it
                new Atgard("skicka för beslut utan beslutsrätt", BehorighetsmatrisTest::utkastUtanBeslutsratt, "utkast",
                        TestFolk.AGARE, Set.of(), (t, id, u, r) -> t.beslut.skickaForBeslut(u)),
                new Atgard("svara på remissen", BehorighetsmatrisTest::paRemiss, "remissvar", TestFolk.MEDLEM, Set.of(TestFolk.MEDLEM),
                        (t, id, u, r) -> t.remiss.svara(u, Remissvar.Svar.GODKANT, null)),
                new Atgard("avsluta remissen", BehorighetsmatrisTest::paRemiss, "remissuppfoljning", TestFolk.AGARE,
                        Set.of(TestFolk.AGARE), (t, id, u, r) -> t.remiss.avslutaRemissen(u)),
                new Atgard("fastställa", BehorighetsmatrisTest::forBeslut, "beslutsuppgift", TestFolk.BESLUTSFATTARE, BESLUTSFATTARNA,
                        (t, id, u, r) -> t.beslut.besluta(u, Beslut.FASTSTALL, null)),
                new Atgard("återremittera", BehorighetsmatrisTest::forBeslut, "beslutsuppgift", TestFolk.BESLUTSFATTARE,
                        BESLUTSFATTARNA, (t, id, u, r) -> t.beslut.besluta(u, Beslut.ATERREMITTERA, "Tidplanen")),
                new Atgard("avslå", BehorighetsmatrisTest::forBeslut, "beslutsuppgift", TestFolk.BESLUTSFATTARE, BESLUTSFATTARNA,
                        (t, id, u, r) -> t.beslut.besluta(u, Beslut.AVSLA, "Ryms inte")),
                new Atgard("omfördela beslutet till sig själv", BehorighetsmatrisTest::forBeslut, "beslutsuppgift",
                        TestFolk.BESLUTSFATTARE, Set.of(), (t, id, u, r) -> t.uppgifter.omfordela(u, t.person(r))),
                new Atgard("delegera beslutet", BehorighetsmatrisTest::forBeslut, "beslutsuppgift", TestFolk.BESLUTSFATTARE,
                        Set.of(), (t, id, u, r) -> t.uppgifter.delegera(u, t.person(TestFolk.MEDLEM))),
                new Atgard("markera aktiviteten klar", BehorighetsmatrisTest::pagaende, "aktivitet", TestFolk.MEDLEM,
                        Set.of(TestFolk.MEDLEM), (t, id, u, r) -> t.genomforande.slutforAktivitet(u, null)),
                new Atgard("lämna slutrapport", BehorighetsmatrisTest::pagaende, "slutrapport", TestFolk.TAGARE,
                        Set.of(TestFolk.TAGARE), (t, id, u, r) -> t.genomforande.lamnaSlutrapport(u, "Klart.", List.of())),
                new Atgard("godkänna slutrapporten", BehorighetsmatrisTest::slutrapportInlamnad, "beslutOmSlutrapport",
                        TestFolk.BESLUTSFATTARE, BESLUTSFATTARNA, (t, id, u, r) -> t.genomforande.beslutaOmSlutrapport(u, true, null)),
                new Atgard("begära komplettering", BehorighetsmatrisTest::slutrapportInlamnad, "beslutOmSlutrapport",
                        TestFolk.BESLUTSFATTARE, BESLUTSFATTARNA,
                        (t, id, u, r) -> t.genomforande.beslutaOmSlutrapport(u, false, "Ekonomin saknas")),
                // filed from the uppdrag's page whenever needed; paused, it is refused
                new Atgard("lämna statusrapport på uppdraget", BehorighetsmatrisTest::pagaende, null, null,
                        Set.of(TestFolk.AGARE, TestFolk.TAGARE),
                        (t, id, u, r) -> t.statusrapport.lamna(id, Statusrapport.Ljus.GUL, Statusrapport.Trend.NEGATIV, "Sent",
                                null),
                        (t, id, u, r) -> {
                            t.folk.loggaIn(TestFolk.GIVARE);
                            t.atgarder.pausa(id, "Budgeten");
                        }),
                new Atgard("pausa", BehorighetsmatrisTest::pagaende, null, null, UPPDRAGSGIVARNA,
                        (t, id, u, r) -> t.atgarder.pausa(id, "Budgeten")),
                new Atgard("återuppta", BehorighetsmatrisTest::pausat, null, null, UPPDRAGSGIVARNA,
                        (t, id, u, r) -> t.atgarder.ateruppta(id)),
                new Atgard("stryka", BehorighetsmatrisTest::pagaende, null, null, UPPDRAGSGIVARNA,
                        (t, id, u, r) -> t.atgarder.stryk(id, "Inte aktuellt")),
                // the same marking again changes nothing and is refused; an administrator who takes no part may set one
                new Atgard("sekretessmarkera", BehorighetsmatrisTest::pagaende, null, null,
                        Set.of(TestFolk.AGARE, TestFolk.REGISTRATOR, TestFolk.ADMINISTRATOR),
                        (t, id, u, r) -> t.sekretess.markera(id, SEKRETESS)),
                // but not change or remove one: that would open the content to them
                new Atgard("ändra sekretessmarkeringen", BehorighetsmatrisTest::markerat, null, null,
                        Set.of(TestFolk.AGARE, TestFolk.REGISTRATOR),
                        (t, id, u, r) -> t.sekretess.markera(id, new Sekretess(OslHanvisning.parse("19 kap. 3 §"), "Upphandling"))),
                new Atgard("häva sekretessmarkeringen", BehorighetsmatrisTest::markerat, null, null,
                        Set.of(TestFolk.AGARE, TestFolk.REGISTRATOR), (t, id, u, r) -> t.sekretess.hav(id)));
    }

    @TestFactory
    Stream<DynamicTest> every_person_may_take_exactly_the_actions_of_their_part_and_is_refused_the_rest_changing_nothing() {
        return atgarder().stream().flatMap(atgard -> {
            var fall = new ArrayList<DynamicTest>();
            // every refusal on one uppdrag in the action's state: a refused attempt changes nothing, so they can share it
            var delat = new UppdragId[1];
            for (var roll : ALLA) {
                var far = atgard.far().contains(roll);
                fall.add(DynamicTest.dynamicTest(atgard.namn() + " – " + roll + (far ? " får" : " nekas"), () -> {
                    kombinationer++;
                    if (far) {
                        var id = atgard.lage().apply(this);
                        var uppgift = uppgiftFor(roll, atgard, id);
                        assertThatCode(() -> atgard.forsok().gor(this, id, uppgift, roll)).doesNotThrowAnyException();
                        // taken once, the same attempt again is refused: the state or the task has moved on
                        atgard.vidare().gor(this, id, uppgift, roll);
                        kombinationer++;
                        nekas(atgard, roll, id, uppgift);
                    } else {
                        if (delat[0] == null) {
                            delat[0] = atgard.lage().apply(this);
                        }
                        nekas(atgard, roll, delat[0], uppgiftFor(roll, atgard, delat[0]));
                    }
                }));
            }
            return fall.stream();
        });
    }

    @AfterAll
    void redovisa() {
        System.out.printf("Behörighetsmatrisen: %d kombinationer (roll × åtgärd × läge × uppgift), varav %d nekade%n",
                kombinationer, nekade);
        assertThat(kombinationer).isGreaterThanOrEqualTo(atgarder().size() * ALLA.size());
    }

    private void nekas(Atgard atgard, String roll, UppdragId id, String uppgift) {
        var status = status(id);
        var steg = tidslinje(id).size();
        folk.loggaIn(roll);
        assertThatThrownBy(() -> atgard.forsok().gor(this, id, uppgift, roll)).as(atgard.namn() + " av " + roll)
                .isInstanceOfAny(AccessDeniedException.class, IllegalArgumentException.class, IllegalStateException.class,
                        UppdragKonfliktException.class);
        nekade++;
        assertThat(status(id)).as("status efter nekat försök").isEqualTo(status);
        assertThat(tidslinje(id)).as("tidslinjen efter nekat försök").hasSize(steg);
    }

    /** The person's own task of the kind if they have one, else the holder's; logged in as the person afterwards. */
    private String uppgiftFor(String roll, Atgard atgard, UppdragId id) {
        if (atgard.uppgiftstyp() == null) {
            folk.loggaIn(roll);
            return "";
        }
        var egen = uppgifter(roll, id, atgard.uppgiftstyp()).stream().map(Uppgift::id).findFirst();
        var uppgift = egen.orElseGet(() -> uppgift(atgard.innehavare(), id, atgard.uppgiftstyp()).id());
        folk.loggaIn(roll);
        return uppgift;
    }

    private UppdragId utkast() {
        return nyttUtkast();
    }

    /** A draft whose only beslutsfattare (Märta) has no authority under the delegationsordning. */
    private UppdragId utkastUtanBeslutsratt() {
        var id = nyttUtkast();
        folk.loggaIn(TestFolk.AGARE);
        return uppdrag.spara(Handlingar.medBeslutsfattare(uppdrag.hamta(id),
                List.of(new Beslutsfattare(folk.person(TestFolk.MEDLEM), true)))).id();
    }

    private UppdragId paRemiss() {
        var id = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(person(TestFolk.MEDLEM)),
                LocalDate.now(klocka).plusDays(14));
        return id;
    }

    private UppdragId forBeslut() {
        var id = nyttUtkast();
        skickaForBeslut(id);
        return id;
    }

    private UppdragId pagaende() {
        return faststalltUppdrag();
    }

    private UppdragId slutrapportInlamnad() {
        var id = faststalltUppdrag();
        genomforande.lamnaSlutrapport(uppgift(TestFolk.TAGARE, id, "slutrapport").id(), "Klart.", List.of());
        return id;
    }

    private UppdragId markerat() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.REGISTRATOR);
        sekretess.markera(id, SEKRETESS);
        return id;
    }

    private UppdragId pausat() {
        var id = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        atgarder.pausa(id, "Budgeten");
        return id;
    }
}
