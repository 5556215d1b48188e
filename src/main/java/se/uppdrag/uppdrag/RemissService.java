package se.uppdrag.uppdrag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.uppdrag.internal.RemissvarEntity;
import se.uppdrag.uppdrag.internal.RemissvarRepository;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppgiftssteg;
import se.uppdrag.uppdrag.versioner.Versioner;

/** Beredning: sending the draft på remiss, the reviewers' answers, and ending a round. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RemissService {

    private final Uppgiftssteg steg;
    private final UppdragService uppdrag;
    private final UppdragRepository repository;
    private final PersonService personer;
    private final RemissvarRepository svar;
    private final Versioner versioner;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Inlamningar inlamningar;

    RemissService(Uppgiftssteg steg, UppdragService uppdrag, UppdragRepository repository, PersonService personer,
            RemissvarRepository svar, Versioner versioner, CurrentUser currentUser, Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.steg = steg;
        this.uppdrag = uppdrag;
        this.repository = repository;
        this.personer = personer;
        this.svar = svar;
        this.versioner = versioner;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends the draft to the chosen reviewers, who answer by the given date; the version sent is kept. */
    public void skickaPaRemiss(String taskId, List<PersonId> granskare, @Nullable LocalDate svarsdatum) {
        skickaPaRemiss(taskId, granskare, svarsdatum, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void skickaPaRemiss(String taskId, List<PersonId> granskare, @Nullable LocalDate svarsdatum, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.UTKAST);
            if (granskare.isEmpty()) {
                throw new OgiltigtVardeException("remiss.fel.ingen-granskare");
            }
            personer.kravAktiva(granskare);
            if (svarsdatum == null || svarsdatum.isBefore(LocalDate.now(clock))) {
                throw new OgiltigtVardeException("remiss.fel.svarsdatum");
            }
            var entity = steg.uppdrag(uppgift);
            var version = versioner.spara(uppdrag.hamta(new UppdragId(entity.id())), "REMISS");
            var namn = personer.hamta(granskare).values().stream().map(p -> p.namn()).sorted().collect(Collectors.joining(", "));
            entity.skickaPaRemiss(Meddelande.svenska("remiss.handelse.skickad", namn, svarsdatum.toString()), version);
            repository.save(entity);
            steg.skickaPaRemiss(uppgift, granskare, svarsdatum, version);
        });
    }

    /** A reviewer's answer; "ändringar behövs" needs a comment saying which. */
    public void svara(String taskId, Remissvar.Svar svaret, @Nullable String kommentar) {
        svara(taskId, svaret, kommentar, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void svara(String taskId, Remissvar.Svar svaret, @Nullable String kommentar, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.REMISSVAR);
            if (svaret == Remissvar.Svar.ANDRINGAR_BEHOVS) {
                Uppgiftssteg.text(kommentar, "remiss.fel.andringar-saknas");
            }
            var entity = steg.uppdrag(uppgift);
            var version = steg.remissversion(uppgift);
            var forPerson = uppgift.foretrader();
            svar.save(new RemissvarEntity(entity.id(), version, currentUser.require().personId().value(),
                    forPerson == null ? null : forPerson.value(), svaret, kommentar, clock.instant()));
            var text = Meddelande.svenska("remiss.handelse.svar." + svaret.name());
            entity.remissvar(kommentar == null || kommentar.isBlank() ? text : text + ": " + kommentar.strip(), version);
            repository.save(entity);
            steg.slutfor(uppgift);
        });
    }

    /**
     * The round the owner follows, for the owner's task "Följ remissen": who was asked, who answered what and when, and
     * who has not answered by now.
     */
    @Transactional(readOnly = true)
    public Remissrunda remissrunda(String taskId) {
        var uppgift = steg.uppgift(taskId, Uppgiftstyp.REMISSUPPFOLJNING);
        var entity = steg.uppdrag(uppgift);
        var version = steg.remissversion(uppgift);
        var tillfragade = steg.remissgranskare(uppgift);
        var rundansSvar = svar.findByUppdragIdOrderByTidpunktAsc(entity.id()).stream().filter(s -> s.version() == version).toList();
        var svarande = rundansSvar.stream().map(s -> new PersonId(s.besvarat())).toList();
        var namn = personer.hamta(Stream.concat(tillfragade.stream(), personerI(rundansSvar).stream()).collect(Collectors.toSet()));
        var svarSenast = steg.svarSenast(uppgift);
        return new Remissrunda(version, svarSenast, LocalDate.now(clock).isAfter(svarSenast),
                rundansSvar.stream().map(s -> remissvar(s, namn)).toList(),
                tillfragade.stream().filter(p -> !svarande.contains(p)).map(p -> namn.get(p).namn()).toList());
    }

    /** The owner ends the round before everyone has answered. */
    public void avslutaRemissen(String taskId) {
        avslutaRemissen(taskId, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void avslutaRemissen(String taskId, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            steg.slutfor(steg.uppgift(taskId, Uppgiftstyp.REMISSUPPFOLJNING));
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public List<Remissvar> remissvar(UppdragId id) {
        var alla = svar.findByUppdragIdOrderByTidpunktAsc(id.value());
        var namn = personer.hamta(personerI(alla));
        return alla.stream().map(s -> remissvar(s, namn)).toList();
    }

    /** Who answered and for whom. */
    private static java.util.Set<PersonId> personerI(List<RemissvarEntity> alla) {
        return alla.stream().flatMap(s -> Stream.of(s.personId(), s.forPersonId())).filter(java.util.Objects::nonNull)
                .map(PersonId::new).collect(Collectors.toSet());
    }

    private static Remissvar remissvar(RemissvarEntity s, java.util.Map<PersonId, se.uppdrag.personer.Person> namn) {
        return s.toRemissvar(namn.get(new PersonId(s.personId())).namn(),
                s.forPersonId() == null ? null : namn.get(new PersonId(s.forPersonId())).namn());
    }
}
