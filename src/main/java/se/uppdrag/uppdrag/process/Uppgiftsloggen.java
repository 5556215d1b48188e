package se.uppdrag.uppdrag.process;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.internal.Tidslinjen;
import se.uppdrag.workflow.Uppgiftshandelse;

/**
 * Writes what the inbox did with a task of the uppdrag's process into the uppdrag's history, in the action's own
 * transaction: claimed, released, lent, handed back, reassigned (from whom to whom) and commented. A completed task
 * is recorded by the step the feature took with it (a remissvar, a decision), not twice.
 */
@Component
@Transactional
class Uppgiftsloggen {

    private final Tidslinjen tidslinjen;
    private final Personkatalog personer;

    Uppgiftsloggen(Tidslinjen tidslinjen, Personkatalog personer) {
        this.tidslinjen = tidslinjen;
        this.personer = personer;
    }

    @EventListener
    void skriv(Uppgiftshandelse handelse) {
        var typ = typ(handelse.slag());
        if (!Processvariabler.NYCKEL.equals(handelse.processnyckel()) || handelse.arendenyckel() == null || typ == null) {
            return;
        }
        var namn = handelse.namn();
        var kommentar = switch (handelse.slag()) {
            case DELEGERAD, ATERLAMNAD -> Meddelande.svenska("uppgiftslogg.till", namn, namn(handelse.till()));
            case TILL_ERSATTARE, FRAN_ERSATTARE -> Meddelande.svenska("uppgiftslogg.fran-till", namn, namn(handelse.fran()),
                    namn(handelse.till()));
            case OMFORDELAD -> handelse.fran() == null ? Meddelande.svenska("uppgiftslogg.till", namn, namn(handelse.till()))
                    : Meddelande.svenska("uppgiftslogg.fran-till", namn, namn(handelse.fran()), namn(handelse.till()));
            case KOMMENTERAD -> Meddelande.svenska("uppgiftslogg.kommentar", namn, handelse.kommentar());
            case TAGEN, SLAPPT, SLUTFORD -> namn;
        };
        tidslinjen.skriv(new UppdragId(Long.parseLong(handelse.arendenyckel())), typ, handelse.foretrader(), kommentar, null);
    }

    private static @Nullable HandelseTyp typ(Uppgiftshandelse.Slag slag) {
        return switch (slag) {
            case TAGEN -> HandelseTyp.UPPGIFT_TAGEN;
            case SLAPPT -> HandelseTyp.UPPGIFT_SLAPPT;
            case DELEGERAD -> HandelseTyp.UPPGIFT_DELEGERAD;
            case ATERLAMNAD -> HandelseTyp.UPPGIFT_ATERLAMNAD;
            case OMFORDELAD -> HandelseTyp.UPPGIFT_OMFORDELAD;
            case TILL_ERSATTARE -> HandelseTyp.UPPGIFT_TILL_ERSATTARE;
            case FRAN_ERSATTARE -> HandelseTyp.UPPGIFT_FRAN_ERSATTARE;
            case KOMMENTERAD -> HandelseTyp.UPPGIFT_KOMMENTERAD;
            case SLUTFORD -> null;
        };
    }

    private String namn(@Nullable PersonId person) {
        // the directory's system door: the night's job moves tasks with no one signed in
        return person == null ? "" : personer.hitta(person).map(Person::namn).orElse(String.valueOf(person.value()));
    }
}
