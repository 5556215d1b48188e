package se.uppdrag.uppdrag.process;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.notification.Adressat;
import se.uppdrag.notification.MailMallar;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.Mailbilaga;
import se.uppdrag.notification.Notis;
import se.uppdrag.notification.NotisService;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.SystemInloggning;
import se.uppdrag.uppdrag.internal.MottagareRad;
import se.uppdrag.uppdrag.internal.UppdragEntity;

/** Who is told what about an uppdrag, queued in the outbox in the transaction of the step itself. */
@Component
@Transactional
public class UppdragNotiser {

    private final NotisService notiser;
    private final MailMallar mallar;
    private final PersonService personer;
    private final SystemInloggning system;
    private final CurrentUser currentUser;
    private final se.uppdrag.uppdrag.internal.UppdragRepository repository;

    UppdragNotiser(NotisService notiser, MailMallar mallar, PersonService personer, SystemInloggning system, CurrentUser currentUser,
            se.uppdrag.uppdrag.internal.UppdragRepository repository) {
        this.repository = repository;
        this.notiser = notiser;
        this.mallar = mallar;
        this.personer = personer;
        this.system = system;
        this.currentUser = currentUser;
    }

    /** A task for one person (its assignee) or for everyone in a group. */
    public void uppgift(Long uppdragId, String taskId, String namn, String typ, @Nullable String forfaller,
            Collection<Long> mottagare, boolean grupp) {
        var uppdrag = repository.findById(uppdragId).orElse(null);
        if (uppdrag == null) {
            return;
        }
        var mailtyp = switch (typ) {
            case UppdragProcess.REMISSVAR -> MailTyp.REMISS;
            case UppdragProcess.BESLUT -> MailTyp.BESLUT_BEGART;
            case UppdragProcess.STATUSRAPPORT -> MailTyp.STATUSRAPPORT_BEGARD;
            case UppdragProcess.BESLUT_OM_SLUTRAPPORT -> MailTyp.SLUTRAPPORT_INLAMNAD;
            default -> grupp ? MailTyp.UPPGIFT_ERBJUDEN : MailTyp.UPPGIFT_TILLDELAD;
        };
        var data = data(uppdrag, null);
        data.put("uppgift", namn);
        data.put("forfaller", forfaller == null ? "" : forfaller);
        data.put("svarsdatum", forfaller == null ? "" : forfaller);
        var jag = currentUser.get().map(u -> u.personId().value()).orElse(null);
        skicka(mottagare.stream().filter(id -> !id.equals(jag)).toList(), p -> new Notis("uppgift:" + taskId + ":" + p.id().value(),
                mailtyp, Adressat.av(p), data, mallar.lank("uppgifter/" + taskId)));
    }

    /** A reminder before a task is due, or an escalation step after. */
    public void paminnelse(UppdragEntity uppdrag, String taskId, String namn, String forfaller, MailTyp typ, String steg,
            Collection<Long> mottagare, @Nullable String harDen) {
        var data = data(uppdrag, harDen);
        data.put("uppgift", namn);
        data.put("forfaller", forfaller);
        skicka(mottagare, p -> new Notis(steg + ":" + taskId + ":" + p.id().value(), typ, Adressat.av(p), data,
                mallar.lank("uppgifter/" + taskId)));
    }

    /** Fastställt, återremitterat or avslaget: the owner and the uppdragsgivare. */
    public void beslutFattat(UppdragEntity uppdrag, String beslut, @Nullable String kommentar, int version) {
        var data = data(uppdrag, kommentar);
        data.put("beslut", beslut);
        var till = new LinkedHashSet<Long>();
        till.add(uppdrag.agareId());
        till.addAll(uppdrag.uppdragsgivare());
        skicka(till, p -> new Notis("beslut:" + uppdrag.id() + ":" + version + ":" + beslut + ":" + p.id().value(),
                MailTyp.BESLUT_FATTAT, Adressat.av(p), data, mallar.lank("uppdrag/" + uppdrag.id())));
    }

    /**
     * On fastställande: the lists "för genomförande" and "för kännedom", people and plain addresses alike, each mail
     * with the uppdragshandling as PDF attached.
     */
    public void distribuera(UppdragEntity uppdrag, Mailbilaga dokument) {
        var bilaga = notiser.bilaga(dokument);
        var data = data(uppdrag, null);
        var lank = mallar.lank("uppdrag/" + uppdrag.id());
        var rader = uppdrag.mottagare();
        var personerna = personer(rader.stream().map(MottagareRad::personId).filter(Objects::nonNull).toList());
        for (var rad : rader) {
            var typ = MottagareRad.GENOMFORANDE.equals(rad.lista()) ? MailTyp.DISTRIBUTION_GENOMFORANDE : MailTyp.DISTRIBUTION_KANNEDOM;
            var adressat = adressat(rad, personerna);
            if (adressat != null) {
                notiser.koa(new Notis("distribution:" + uppdrag.id() + ":" + uppdrag.diarienummer(), typ, adressat, data, lank,
                        bilaga));
            }
        }
    }

    /** A person from the directory (if they have an e-mail address) or a plain address on the list. */
    private static @Nullable Adressat adressat(MottagareRad rad, Map<PersonId, Person> personerna) {
        if (rad.personId() == null) {
            return new Adressat(null, rad.namn() == null ? rad.epost() : rad.namn(), se.uppdrag.personer.EmailAddress.of(rad.epost()));
        }
        var person = personerna.get(new PersonId(rad.personId()));
        return person == null || person.epost() == null ? null : Adressat.av(person);
    }

    /** Closed, paused, resumed, struck or revised: everyone who works on it or gave it. */
    public void handelse(UppdragEntity uppdrag, MailTyp typ, @Nullable String kommentar, String nyckel) {
        var till = new LinkedHashSet<Long>();
        till.add(uppdrag.agareId());
        if (uppdrag.uppdragstagareId() != null) {
            till.add(uppdrag.uppdragstagareId());
        }
        till.addAll(uppdrag.uppdragsgivare());
        uppdrag.arbetsgrupp().forEach(m -> till.add(m.personId()));
        var jag = currentUser.get().map(u -> u.personId().value()).orElse(null);
        till.remove(jag);
        var data = data(uppdrag, kommentar);
        skicka(till, p -> new Notis(typ.name() + ":" + uppdrag.id() + ":" + nyckel + ":" + p.id().value(), typ, Adressat.av(p), data,
                mallar.lank("uppdrag/" + uppdrag.id())));
    }

    private java.util.HashMap<String, String> data(UppdragEntity uppdrag, @Nullable String kommentar) {
        var data = new java.util.HashMap<String, String>();
        data.put("titel", uppdrag.titel());
        data.put("diarienummer", uppdrag.diarienummer() == null ? "" : uppdrag.diarienummer());
        data.put("kommentar", kommentar == null ? "" : kommentar);
        return data;
    }

    private void skicka(Collection<Long> personIds, java.util.function.Function<Person, Notis> notis) {
        personer(personIds).values().stream().filter(p -> p.epost() != null).map(notis).forEach(notiser::koa);
    }

    /** People by id, also when no one is logged in (a timer's step). */
    private Map<PersonId, Person> personer(Collection<Long> ids) {
        var personIds = ids.stream().map(PersonId::new).collect(Collectors.toSet());
        return currentUser.get().isPresent() ? personer.hamta(personIds) : system.somSystem(() -> personer.hamta(personIds));
    }
}
