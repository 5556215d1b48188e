package se.uppdrag.uppdrag.notiser;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
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
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Uppdragshandelse;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.uppdrag.dokument.UppdragshandlingPdf;
import se.uppdrag.uppdrag.internal.MottagareRad;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * Who is told what about an uppdrag, queued in the outbox in the transaction of the step itself: the steps of its life
 * as they happen ({@link Uppdragshandelse}), and its tasks as the engine creates them and the reminders fall due.
 * People are read from the directory as is, so a step the engine or a timer takes needs no one signed in. A mail about
 * an uppdrag marked as holding information under sekretess says nothing of it: a neutral subject with the diarienummer
 * at most, the link, and no attachment (the distribution included, whatever address it goes to).
 */
@Component
@Transactional
public class UppdragNotiser {

    /** The steps people are told about by mail. */
    private static final java.util.Set<HandelseTyp> BERATTAS = java.util.EnumSet.of(HandelseTyp.AVSLAGET,
            HandelseTyp.ATERREMITTERAT, HandelseTyp.REGISTRERAT, HandelseTyp.SLUTRAPPORT_GODKAND, HandelseTyp.PAUSAT,
            HandelseTyp.ATERUPPTAGET, HandelseTyp.STRUKET, HandelseTyp.REVIDERING_STARTAD,
            HandelseTyp.ATERREDOVISNING_FLYTTAD);

    private final NotisService notiser;
    private final MailMallar mallar;
    private final Personkatalog personer;
    private final CurrentUser currentUser;
    private final UppdragRepository repository;
    private final UppdragshandlingPdf pdf;
    private final Clock clock;

    UppdragNotiser(NotisService notiser, MailMallar mallar, Personkatalog personer, CurrentUser currentUser,
            UppdragRepository repository, UppdragshandlingPdf pdf, Clock clock) {
        this.repository = repository;
        this.notiser = notiser;
        this.mallar = mallar;
        this.personer = personer;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The steps that people are told about: decisions, registration and distribution, and what happens after. */
    @EventListener
    void pa(Uppdragshandelse handelse) {
        if (!BERATTAS.contains(handelse.typ())) {
            return; // in the timeline only; their tasks bring their own mail
        }
        var uppdrag = repository.findById(handelse.uppdrag().value()).orElseThrow();
        var kommentar = handelse.kommentar();
        switch (handelse.typ()) {
            case AVSLAGET, ATERREMITTERAT -> beslutFattat(uppdrag, beslut(handelse.typ().name()), kommentar,
                    handelse.version() == null ? 0 : handelse.version());
            case REGISTRERAT -> {
                beslutFattat(uppdrag, beslut("FASTSTALLT"), null, 0);
                distribuera(uppdrag, uppdrag.arSekretessmarkerat() ? null
                        : new Mailbilaga(UppdragshandlingPdf.filnamn(uppdrag), "application/pdf", pdf.skriv(uppdrag)));
            }
            case SLUTRAPPORT_GODKAND -> handelse(uppdrag, MailTyp.UPPDRAG_AVSLUTAT, kommentar, "avslutat");
            case PAUSAT -> handelse(uppdrag, MailTyp.UPPDRAG_PAUSAT, kommentar, clock.instant().toString());
            case ATERUPPTAGET -> handelse(uppdrag, MailTyp.UPPDRAG_ATERUPPTAGET, null, clock.instant().toString());
            case STRUKET -> handelse(uppdrag, MailTyp.UPPDRAG_STRUKET, kommentar, "struket");
            case ATERREDOVISNING_FLYTTAD -> handelse(uppdrag, MailTyp.ATERREDOVISNING_FLYTTAD, kommentar,
                    String.valueOf(handelse.datum()));
            case REVIDERING_STARTAD -> handelse(uppdrag, MailTyp.UPPDRAG_REVIDERAT, null,
                    String.valueOf(Objects.requireNonNull(handelse.avser()).value()));
            default -> throw new IllegalStateException("No mail for " + handelse.typ());
        }
    }

    /** The decision as the mail names it ("fastställt"); also part of the mail's key in the outbox, so it stays Swedish. */
    private static String beslut(String utfall) {
        return Meddelande.svenska("mail.beslut." + utfall);
    }

    /** A task for one person (its assignee) or for everyone in a group. */
    public void uppgift(Long uppdragId, String taskId, String namn, Uppgiftstyp typ, @Nullable String forfaller,
            Collection<Long> mottagare, boolean grupp) {
        var uppdrag = repository.findById(uppdragId).orElse(null);
        if (uppdrag == null) {
            return;
        }
        var mailtyp = switch (typ) {
            case REMISSVAR -> MailTyp.REMISS;
            case BESLUT -> MailTyp.BESLUT_BEGART;
            case STATUSRAPPORT -> MailTyp.STATUSRAPPORT_BEGARD;
            case BESLUT_OM_SLUTRAPPORT -> MailTyp.SLUTRAPPORT_INLAMNAD;
            default -> grupp ? MailTyp.UPPGIFT_ERBJUDEN : MailTyp.UPPGIFT_TILLDELAD;
        };
        var data = data(uppdrag, null);
        data.put("uppgift", namn);
        data.put("forfaller", forfaller == null ? "" : forfaller);
        data.put("svarsdatum", forfaller == null ? "" : forfaller);
        var innehall = innehall(uppdrag, data);
        var jag = currentUser.get().map(u -> u.personId().value()).orElse(null);
        skicka(mottagare.stream().filter(id -> !id.equals(jag)).toList(), p -> new Notis("uppgift:" + taskId + ":" + p.id().value(),
                mailtyp, Adressat.av(p), innehall, mallar.lank("uppgifter/" + taskId)));
    }

    /** A reminder before a task is due, or an escalation step after. */
    public void paminnelse(UppdragEntity uppdrag, String taskId, String namn, String forfaller, MailTyp typ, String steg,
            Collection<Long> mottagare, @Nullable String harDen) {
        var data = data(uppdrag, harDen);
        data.put("uppgift", namn);
        data.put("forfaller", forfaller);
        var innehall = innehall(uppdrag, data);
        skicka(mottagare, p -> new Notis(steg + ":" + taskId + ":" + p.id().value(), typ, Adressat.av(p), innehall,
                mallar.lank("uppgifter/" + taskId)));
    }

    /** Fastställt, återremitterat or avslaget: the owner and the uppdragsgivare. */
    private void beslutFattat(UppdragEntity uppdrag, String beslut, @Nullable String kommentar, int version) {
        var data = data(uppdrag, kommentar);
        data.put("beslut", beslut);
        var innehall = innehall(uppdrag, data);
        var till = new LinkedHashSet<Long>();
        till.add(uppdrag.agareId());
        till.addAll(uppdrag.uppdragsgivare());
        skicka(till, p -> new Notis("beslut:" + uppdrag.id() + ":" + version + ":" + beslut + ":" + p.id().value(),
                MailTyp.BESLUT_FATTAT, Adressat.av(p), innehall, mallar.lank("uppdrag/" + uppdrag.id())));
    }

    /**
     * On fastställande: the lists "för genomförande" and "för kännedom", people and plain addresses alike, each mail
     * with the uppdragshandling as PDF attached (none when it is marked as under sekretess).
     */
    private void distribuera(UppdragEntity uppdrag, @Nullable Mailbilaga dokument) {
        var bilaga = dokument == null ? null : notiser.bilaga(dokument);
        var data = innehall(uppdrag, data(uppdrag, null));
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

    /** Closed, paused, resumed, struck, revised or its återredovisning moved: everyone who works on it or gave it. */
    private void handelse(UppdragEntity uppdrag, MailTyp typ, @Nullable String kommentar, String nyckel) {
        var till = new LinkedHashSet<Long>();
        till.add(uppdrag.agareId());
        if (uppdrag.uppdragstagareId() != null) {
            till.add(uppdrag.uppdragstagareId());
        }
        till.addAll(uppdrag.uppdragsgivare());
        uppdrag.arbetsgrupp().forEach(m -> till.add(m.personId()));
        var jag = currentUser.get().map(u -> u.personId().value()).orElse(null);
        till.remove(jag);
        var data = innehall(uppdrag, data(uppdrag, kommentar));
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

    /** What the mail may say: all of it, or for a sekretess-marked uppdrag only its diarienummer, in a neutral mail. */
    private static Map<String, String> innehall(UppdragEntity uppdrag, Map<String, String> data) {
        if (!uppdrag.arSekretessmarkerat()) {
            return data;
        }
        return Map.of(MailMallar.NEUTRAL, "ja", "diarienummer", uppdrag.diarienummer() == null ? "" : uppdrag.diarienummer());
    }

    private void skicka(Collection<Long> personIds, java.util.function.Function<Person, Notis> notis) {
        personer(personIds).values().stream().filter(p -> p.epost() != null).map(notis).forEach(notiser::koa);
    }

    private Map<PersonId, Person> personer(Collection<Long> ids) {
        return personer.hamta(ids.stream().map(PersonId::new).collect(Collectors.toSet()));
    }
}
