package se.uppdrag.uppdrag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.Skrivkonflikt;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Beslutsutfall;
import se.uppdrag.uppdrag.process.Uppgiftssteg;
import se.uppdrag.uppdrag.versioner.Versioner;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftNekadException;

/**
 * Beslut: sending the uppdrag för beslut and each beslutsfattare's decision. All must fastställa unless one who
 * decides alone does; the last needed fastställande stamps the decision date and who decided.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BeslutService {

    private final Uppgiftssteg steg;
    private final UppdragService uppdrag;
    private final UppdragRepository repository;
    private final PersonService personer;
    private final Versioner versioner;
    private final Beslutande beslutande;
    private final Beslutsratt beslutsratt;
    private final Clock clock;

    private final Inlamningar inlamningar;

    BeslutService(Uppgiftssteg steg, UppdragService uppdrag, UppdragRepository repository, PersonService personer,
            Versioner versioner, Beslutande beslutande, Beslutsratt beslutsratt, Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.steg = steg;
        this.uppdrag = uppdrag;
        this.repository = repository;
        this.personer = personer;
        this.versioner = versioner;
        this.beslutande = beslutande;
        this.beslutsratt = beslutsratt;
        this.clock = clock;
    }

    /**
     * Sends the draft för beslut from its owner's task "Bearbeta utkastet". Refused with {@link SaknasForBeslutException}
     * while it lacks what {@link Beslutskrav} requires: a slutleverans that has already passed is refused rather than
     * confirmed, since the uppdrag would be late from the day it is decided and the beslutsfattare would sign a date that
     * cannot be met. Refused with {@link UtanBeslutsrattException} when no chosen beslutsfattare has authority for it
     * under the delegationsordning ({@link Beslutsratt}).
     */
    public void skickaForBeslut(String taskId) {
        skickaForBeslut(taskId, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void skickaForBeslut(String taskId, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.UTKAST);
            var entity = steg.uppdrag(uppgift);
            var handling = uppdrag.hamta(new UppdragId(entity.id()));
            var saknas = Beslutskrav.saknas(handling, LocalDate.now(clock));
            if (!saknas.isEmpty()) {
                throw new SaknasForBeslutException(saknas);
            }
            beslutsratt.krav(handling);
            entity.skickaForBeslut(versioner.spara(handling, "BESLUT"));
            repository.save(entity);
            steg.skickaForBeslut(uppgift, entity.beslutsfattare().stream().map(b -> new PersonId(b.personId())).toList());
        });
    }

    /** The same from the editor: the current user's task "Bearbeta utkastet" of the uppdrag. */
    public void skickaForBeslut(UppdragId id) {
        skickaForBeslut(id, null);
    }

    /**
     * The same with the editor's key: sent again after it went through, it finds the key before it misses the task
     * that is no longer there ({@link Inlamningar}).
     */
    public void skickaForBeslut(UppdragId id, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppdrag.skicka-for-beslut:" + id.value(), () -> skickaForBeslut(
                steg.minUppgift(id, Uppgiftstyp.UTKAST).orElseThrow(() -> new UppgiftNekadException("beslut.fel.utkastet-vantar-inte")).id()));
    }

    /** Whether the current user has the draft's task "Bearbeta utkastet", so that the editor may offer to send it. */
    @Transactional(readOnly = true)
    public boolean kanSkickasForBeslut(UppdragId id) {
        return steg.minUppgift(id, Uppgiftstyp.UTKAST).isPresent();
    }

    /**
     * Återremittera needs a comment saying what to change, avslå the reason. The last fastställande registers the
     * uppdrag and takes its diarienummer in this transaction; when the database rolls it back for a concurrent
     * registration's sake (the series row's deadlock or lock wait, a Galera conflict), the decision is tried again from
     * the start, twice at most: nothing of the failed attempt was kept ({@link Skrivkonflikt}).
     */
    @Retryable(predicate = Skrivkonflikt.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
    public void besluta(String taskId, Beslut beslut, @Nullable String kommentar) {
        besluta(taskId, beslut, kommentar, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Retryable(predicate = Skrivkonflikt.class, maxRetries = 2, delay = 50, jitter = 25, multiplier = 2)
    public void besluta(String taskId, Beslut beslut, @Nullable String kommentar, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.BESLUT);
            var entity = steg.uppdrag(uppgift);
            var vem = beslutande.kontrollera(uppgift, entity);
            var version = versioner.senaste(entity.id());
            var utfall = switch (beslut) {
                case AVSLA -> {
                    entity.avsla(Uppgiftssteg.text(kommentar, "beslut.fel.skal-saknas"), version);
                    yield Beslutsutfall.AVSLAGET;
                }
                case ATERREMITTERA -> {
                    entity.aterremittera(Uppgiftssteg.text(kommentar, "beslut.fel.andring-saknas"), version);
                    yield Beslutsutfall.ATERREMITTERAT;
                }
                case FASTSTALL -> faststall(uppgift, entity, vem, kommentar, version);
            };
            repository.save(entity);
            steg.beslutat(uppgift, utfall);
        });
    }

    private Beslutsutfall faststall(Uppgift uppgift, UppdragEntity entity, Beslutande.Beslutsfattare vem,
            @Nullable String kommentar, int version) {
        var beslutsfattare = vem.beslutsfattare();
        var faststallda = steg.faststalltAv(uppgift, beslutsfattare, vem.ersattare());
        entity.faststalltAv(kommentar, version);
        var ensam = entity.beslutsfattare().stream().anyMatch(b -> b.personId() == beslutsfattare.value() && b.beslutarEnsam());
        if (!entity.beslutar(faststallda.stream().map(PersonId::value).toList())) {
            return Beslutsutfall.VANTAR;
        }
        entity.faststallt(LocalDate.now(clock), namn(ensam ? List.of(beslutsfattare) : faststallda, steg.ersattareVidBeslut(uppgift)),
                version);
        return Beslutsutfall.FASTSTALLT;
    }

    public void bekraftaRegistrering(String taskId) {
        bekraftaRegistrering(taskId, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void bekraftaRegistrering(String taskId, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.BEKRAFTA_REGISTRERING);
            var entity = steg.uppdrag(uppgift);
            entity.registreringBekraftad();
            repository.save(entity);
            steg.slutfor(uppgift);
        });
    }

    /** "Anna Ek och Karin Lind", a substitute's decision as "Nils Berg, ersättare för Anna Ek". */
    private String namn(List<PersonId> personIds, Map<PersonId, PersonId> ersattare) {
        var personerna = personer.hamta(java.util.stream.Stream.concat(personIds.stream(), ersattare.values().stream()).toList());
        var namn = personIds.stream().map(id -> ersattare.containsKey(id)
                ? Meddelande.svenska("beslut.namn.ersattare", personerna.get(ersattare.get(id)).namn(), personerna.get(id).namn())
                : personerna.get(id).namn()).toList();
        return namn.size() == 1 ? namn.getFirst()
                : Meddelande.svenska("beslut.namn.och", String.join(", ", namn.subList(0, namn.size() - 1)), namn.getLast());
    }
}
