package se.uppdrag.uppdrag.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.PersonId;
import se.uppdrag.uppdrag.internal.UppdragEntity;

/**
 * Names shared with processes/uppdragshandling.bpmn20.xml (the process key and its variables), and the one place where
 * the engine's representations become ours: a person is the engine's assignee, a string, only inside this package.
 */
final class Processvariabler {

    static final String NYCKEL = "uppdragshandling";

    static final String UPPDRAG_ID = "uppdragId";
    static final String AGARE = "agare";
    static final String UPPDRAGSTAGARE = "uppdragstagare";
    static final String STARTFAS = "startfas";
    static final String ATGARD = "atgard";
    static final String REMISSGRANSKARE = "remissgranskare";
    static final String SVARSTID = "svarstid";
    static final String REMISSVERSION = "remissversion";
    static final String BESLUTSFATTARNA = "beslutsfattarna";
    static final String BESLUTSUTFALL = "beslutsutfall";
    static final String FASTSTALLDA = "faststallda";
    /** Pairs "beslutsfattare:ersättare" for each fastställande a substitute took for an absent beslutsfattare. */
    static final String FASTSTALLDA_AV_ERSATTARE = "faststalldaAvErsattare";
    static final String REGISTRATOR_BEKRAFTAR = "registratorBekraftar";
    static final String AKTIVITETER = "aktiviteter";
    /** The element variable of the activity multi-instance: the activity's index in the tidplan, as text. */
    static final String AKTIVITETSINDEX = "aktivitet";
    static final String ATERREDOVISAS_SENAST = "aterredovisasSenast";
    static final String SLUTRAPPORTUTFALL = "slutrapportutfall";
    static final String SLUTRAPPORT_GODKANDA = "slutrapportGodkanda";
    static final String VANTAR = "VANTAR";

    private Processvariabler() {
    }

    /** A person as the engine names an assignee or a list element. */
    static String person(PersonId person) {
        return String.valueOf(person.value());
    }

    static PersonId person(String assignee) {
        return new PersonId(Long.parseLong(assignee));
    }

    /** A list variable of people, as stored by {@link #person(PersonId)}. */
    static List<PersonId> personer(@Nullable Object variabel) {
        return ((Collection<?>) krav(variabel)).stream().map(String::valueOf).map(Processvariabler::person).toList();
    }

    /** A list variable of texts. */
    static List<String> texter(@Nullable Object variabel) {
        return ((Collection<?>) krav(variabel)).stream().map(String::valueOf).toList();
    }

    static Object krav(@Nullable Object variabel) {
        return Objects.requireNonNull(variabel, "processvariabel saknas");
    }

    /**
     * The variables of the execution phase: who reports (the uppdragstagare, else the owner), by when, the activities
     * that have someone responsible, a person or a unit or role (by index in the tidplan), and the beslutsfattare of the
     * final report.
     */
    static Map<String, Object> genomforande(UppdragEntity entity, ZoneId zon) {
        var variabler = new HashMap<String, Object>();
        var tagare = entity.uppdragstagareId() != null ? entity.uppdragstagareId() : entity.agareId();
        variabler.put(UPPDRAGSTAGARE, person(new PersonId(tagare)));
        var senast = entity.aterredovisasSenast();
        variabler.put(ATERREDOVISAS_SENAST, senast == null ? null : slutet(senast, zon));
        var aktiviteter = new ArrayList<String>();
        var rader = entity.aktiviteter();
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).harAnsvarig()) {
                aktiviteter.add(String.valueOf(i));
            }
        }
        variabler.put(AKTIVITETER, aktiviteter);
        variabler.put(BESLUTSFATTARNA, new ArrayList<>(entity.beslutsfattare().stream()
                .map(b -> person(new PersonId(b.personId()))).toList()));
        return variabler;
    }

    /** The end of a day in the given zone, when something due that day becomes late. */
    static Date slutet(LocalDate dag, ZoneId zon) {
        return Date.from(dag.atTime(LocalTime.of(23, 59)).atZone(zon).toInstant());
    }
}
