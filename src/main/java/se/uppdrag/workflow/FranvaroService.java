package se.uppdrag.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.workflow.internal.FranvaroEntity;
import se.uppdrag.workflow.internal.FranvaroRepository;
import se.uppdrag.workflow.internal.Omdirigering;

/**
 * Absences and substitutes (frånvaro och ersättare). A person, or an administrator for them, registers a period away and
 * who stands in; for that period the tasks the person holds, open ones and new ones, are the substitute's (see
 * {@link Omdirigering}), and they come back when it ends. A substitute who is away at the same time, or the person
 * themselves, cannot stand in; two absences of one person do not overlap.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FranvaroService {

    private final FranvaroRepository repository;
    private final Omdirigering omdirigering;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Inlamningar inlamningar;

    FranvaroService(FranvaroRepository repository, Omdirigering omdirigering, PersonService personer, CurrentUser currentUser,
            Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.repository = repository;
        this.omdirigering = omdirigering;
        this.personer = personer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current user's absences that have not ended, earliest first. */
    @Transactional(readOnly = true)
    public List<Franvaro> mina() {
        return franvaro(repository.kommande(currentUser.require().personId().value(), idag()));
    }

    /** Everyone's absences that have not ended, for the administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<Franvaro> alla() {
        return franvaro(repository.allaKommande(idag()));
    }

    /**
     * Registers that the person is away from {@code fran} to {@code till} with {@code ersattare} standing in. Only the
     * person or an administrator may. If it has begun, the person's open tasks go to the substitute at once.
     */
    public Franvaro registrera(PersonId person, @Nullable LocalDate fran, @Nullable LocalDate till, @Nullable PersonId ersattare) {
        return registrera(person, fran, till, ersattare, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public Franvaro registrera(PersonId person, @Nullable LocalDate fran, @Nullable LocalDate till, @Nullable PersonId ersattare,
            @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "franvaro.registrera", () -> {
            kravSjalvEllerAdministrator(person);
            if (fran == null) {
                throw new OgiltigtVardeException("franvaro.fel.fran-saknas");
            }
            if (till == null) {
                throw new OgiltigtVardeException("franvaro.fel.till-saknas");
            }
            if (ersattare == null) {
                throw new OgiltigtVardeException("franvaro.fel.ersattare-saknas");
            }
            if (till.isBefore(fran)) {
                throw new OgiltigtVardeException("franvaro.fel.till-fore-fran");
            }
            if (till.isBefore(idag())) {
                throw new OgiltigtVardeException("franvaro.fel.passerad");
            }
            if (ersattare.equals(person)) {
                throw new OgiltigtVardeException("franvaro.fel.sig-sjalv");
            }
            personer.kravAktiva(List.of(person, ersattare));
            if (!repository.overlappande(person.value(), fran, till).isEmpty()) {
                throw new OgiltigtVardeException("franvaro.fel.overlappar");
            }
            if (!repository.overlappande(ersattare.value(), fran, till).isEmpty()) {
                throw new OgiltigtVardeException("franvaro.fel.ersattaren-borta", personer.hamta(ersattare).namn());
            }
            var sparad = repository.save(new FranvaroEntity(person.value(), ersattare.value(), fran, till,
                    currentUser.require().personId().value(), clock.instant()));
            omdirigering.synka(idag());
            return franvaro(List.of(sparad)).getFirst();
        }, registrerad -> String.valueOf(registrerad.id()),
                id -> franvaro(List.of(repository.findById(Long.parseLong(id)).orElseThrow())).getFirst());
    }

    /**
     * Ends the absence now (or cancels it before it begins): the person's tasks come back from the substitute. Sent
     * twice it needs no key: the second sets the same end date (yesterday, or the day before it began) and moves nothing.
     */
    public void avsluta(long id) {
        var franvaro = repository.findById(id).orElseThrow(() -> new OgiltigtVardeException("franvaro.fel.finns-inte"));
        kravSjalvEllerAdministrator(new PersonId(franvaro.personId()));
        franvaro.avsluta(idag());
        repository.save(franvaro);
        omdirigering.synka(idag());
    }

    /** Whether {@code ersattare} stands in for {@code person} today. */
    @Transactional(readOnly = true)
    public boolean arErsattareIdag(PersonId ersattare, PersonId person) {
        return omdirigering.ersattareIdag(person.value(), idag()).filter(id -> id == ersattare.value()).isPresent();
    }

    /** Why the current user holds the task, when they hold it as someone's substitute ("Du har uppgiften som ersättare för …"). */
    @Transactional(readOnly = true)
    public Optional<Meddelande> varfor(Uppgift uppgift) {
        var forVem = uppgift.ersatterFor();
        if (forVem == null) {
            return Optional.empty();
        }
        var namn = personer.hamta(forVem).namn();
        return omdirigering.franvaro(forVem.value(), idag()).map(f -> new Meddelande("franvaro.varfor", namn, f.till().toString()))
                .or(() -> Optional.of(new Meddelande("franvaro.varfor-utan-period", namn)));
    }

    private void kravSjalvEllerAdministrator(PersonId person) {
        var jag = currentUser.require();
        if (!jag.personId().equals(person) && !jag.har(Roller.ADMINISTRATOR)) {
            throw new UppgiftNekadException("franvaro.fel.inte-din");
        }
    }

    private List<Franvaro> franvaro(List<FranvaroEntity> lista) {
        var ids = lista.stream().flatMap(f -> Stream.of(f.personId(), f.ersattareId())).distinct().map(PersonId::new).toList();
        var namn = personer.hamta(ids);
        var resultat = new ArrayList<Franvaro>();
        for (var f : lista) {
            var person = new PersonId(f.personId());
            var ersattare = new PersonId(f.ersattareId());
            resultat.add(new Franvaro(f.id(), person, namn.get(person).namn(), ersattare, namn.get(ersattare).namn(), f.fran(), f.till()));
        }
        return resultat;
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }
}
