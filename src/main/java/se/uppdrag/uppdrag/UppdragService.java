package se.uppdrag.uppdrag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.DiariumService;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonService;
import se.uppdrag.plan.PlanService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.Tidslinjen;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragMapper;
import se.uppdrag.uppdrag.internal.UppdragLasare;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.dokument.UppdragshandlingPdf;
import se.uppdrag.uppdrag.internal.UppdragValidering;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.uppdrag.process.Uppdragsprocessen;
import se.uppdrag.uppdrag.versioner.Andradeavsnitt;

/** Reads and writes one uppdragshandling. Access is checked here, never only in the views. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UppdragService {

    private final UppdragRepository repository;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final UppdragInstallningar installningar;
    private final UppdragAtkomst atkomst;
    private final Uppdragsprocessen processen;
    private final DiariumService diarium;
    private final Clock clock;

    private final UppdragLasare lasare;
    private final UppdragshandlingPdf pdf;
    private final Tidslinjen tidslinjen;

    private final Inlamningar inlamningar;
    private final PlanService planer;

    UppdragService(UppdragRepository repository, PersonService personer, CurrentUser currentUser,
            UppdragInstallningar installningar, UppdragAtkomst atkomst, Uppdragsprocessen processen, DiariumService diarium,
            UppdragLasare lasare, UppdragshandlingPdf pdf, Tidslinjen tidslinjen, Clock clock, Inlamningar inlamningar,
            PlanService planer) {
        this.planer = planer;
        this.inlamningar = inlamningar;
        this.tidslinjen = tidslinjen;
        this.diarium = diarium;
        this.lasare = lasare;
        this.pdf = pdf;
        this.processen = processen;
        this.atkomst = atkomst;
        this.repository = repository;
        this.personer = personer;
        this.currentUser = currentUser;
        this.installningar = installningar;
        this.clock = clock;
    }

    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public Uppdragshandling hamta(UppdragId id) {
        return handling(repository.findById(id.value()).orElseThrow(UppdragService::finnsInte));
    }

    /**
     * An empty draft owned by the current user, with this installation's header and today's date. Nothing else is filled
     * in: whatever a draft holds goes into the official document unless someone deletes it.
     */
    @PreAuthorize("hasRole('HANDLAGGARE')")
    public Uppdragshandling nyttUtkast() {
        var agare = personer.hamta(currentUser.require().personId());
        return new Uppdragshandling(null, 0, UppdragStatus.UTKAST, agare,
                new Huvud(installningar.organisation(), installningar.enhet(), LocalDate.now(clock)), null, "",
                List.of(), null, null, null, List.of(), List.of(),
                new Arbetsorganisation(List.of(), null),
                new Samband(List.of(), null), null, new Tidplan(null, null, List.of()), new Finansiering(null, null),
                new Beslutsform(null, List.of(), null, null), new Distribution(List.of(), List.of()));
    }

    @Transactional
    @PreAuthorize("hasRole('HANDLAGGARE')")
    public Uppdragshandling skapa(Uppdragshandling handling) {
        return skapa(handling, null);
    }

    /**
     * The editor's first save of a new draft, with the key the editor made once for its form: the same save sent again
     * (its reply never came, the user clicked once more) returns the draft the first one made, as it is now, and makes
     * no second uppdrag. A key is the current user's own: someone else's is refused like an unknown uppdrag.
     */
    @Transactional
    @PreAuthorize("hasRole('HANDLAGGARE')")
    public Uppdragshandling skapa(Uppdragshandling handling, @Nullable UUID nyckel) {
        if (!handling.arNytt()) {
            throw new OgiltigtVardeException("uppdrag.fel.redan-sparat");
        }
        var jag = currentUser.require().personId().value();
        var redan = nyckel == null ? java.util.Optional.<UppdragEntity>empty() : repository.findBySparnyckel(nyckel.toString());
        if (redan.isPresent()) {
            if (redan.get().agareId() != jag) {
                throw finnsInte();
            }
            return handling(redan.get());
        }
        validera(handling, null);
        var entity = new UppdragEntity();
        if (nyckel == null) {
            entity.nyttUtkast(jag, clock.instant());
        } else {
            entity.nyttUtkast(jag, clock.instant(), nyckel);
        }
        UppdragMapper.tillampa(handling, entity);
        entity.andrades(currentUser.require().namn(), clock.instant());
        repository.saveAndFlush(entity);
        processen.starta(entity, Uppdragsprocessen.Fas.UTKAST);
        entity.skapat(null);
        repository.save(entity);
        return handling(entity);
    }

    /**
     * Saves a draft over the stored one. Fails with {@link UppdragKonfliktException}, writing nothing, when
     * someone else saved it after the editor read it.
     */
    @Transactional
    @PreAuthorize("#handling.id() != null && @uppdragAtkomst.kanRedigera(#handling.id())")
    public Uppdragshandling spara(Uppdragshandling handling) {
        return spara(handling, null);
    }

    /**
     * The same with the key the editor made for its form: a save sent again after the first was committed (its reply
     * never came, the database went away after the commit) finds the key before it compares versions, so it returns the
     * draft as that save left it instead of taking the first save for someone else's ({@link Inlamningar}).
     */
    @Transactional
    @PreAuthorize("#handling.id() != null && @uppdragAtkomst.kanRedigera(#handling.id())")
    public Uppdragshandling spara(Uppdragshandling handling, @Nullable UUID nyckel) {
        var id = Objects.requireNonNull(handling.id());
        return inlamningar.enGang(nyckel, "uppdrag.spara:" + id.value(), () -> sparaUtanNyckel(handling),
                sparad -> String.valueOf(sparad.id().value()), sparat -> handling(repository.findById(id.value()).orElseThrow()));
    }

    private Uppdragshandling sparaUtanNyckel(Uppdragshandling handling) {
        var entity = repository.findById(Objects.requireNonNull(handling.id()).value()).orElseThrow();
        if (entity.version() != handling.version()) {
            throw new UppdragKonfliktException(entity.andradAv(), entity.andrad());
        }
        var sparad = handling(entity);
        validera(handling, sparad);
        UppdragMapper.tillampa(handling, entity);
        entity.andrades(currentUser.require().namn(), clock.instant());
        var andrade = Andradeavsnitt.mellan(sparad, handling(entity));
        if (!andrade.isEmpty()) {
            entity.utkastAndrat(String.join(", ", andrade));
        }
        return handling(repository.saveAndFlush(entity));
    }

    /** The uppdragshandling as a PDF that reads like the paper document; who fetched it is recorded. */
    @Transactional
    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public byte[] pdf(UppdragId id) {
        var innehall = pdf.skriv(repository.findById(id.value()).orElseThrow(UppdragService::finnsInte));
        tidslinjen.skriv(id, HandelseTyp.PDF_HAMTAD, null, null, null);
        return innehall;
    }

    /**
     * Brings an uppdrag decided before this system was in use (from the old diarium) in with its status,
     * diarienummer and decision stamp. Registrators and administrators only.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REGISTRATOR', 'ADMINISTRATOR')")
    public Uppdragshandling importera(Uppdragshandling handling, UppdragStatus status) {
        validera(handling, handling); // an old uppdrag names whoever it named, active or not
        var nummer = handling.diarienummer();
        // recorded in the diarium, so that its series never hands the number out again
        if (nummer != null && !diarium.forIn(nummer)) {
            throw OgiltigtUppdragException.med(Map.of("diarienummer", new Meddelande("uppdrag.fel.diarienummer-finns", nummer.toString())));
        }
        var entity = new UppdragEntity();
        entity.nyttUtkast(handling.agare().id().value(), clock.instant());
        UppdragMapper.tillampa(handling, entity);
        entity.importerad(status, handling.diarienummer(), handling.beslutsform().beslutsdatum(),
                handling.beslutsform().beslutadAv());
        entity.andrades(currentUser.require().namn(), clock.instant());
        repository.saveAndFlush(entity);
        if (status.arBeslutatOchOppet()) {
            // it keeps the status it had in the old diarium (pågående, paused, or with its final report handed in)
            processen.starta(entity, Uppdragsprocessen.Fas.GENOMFORANDE);
            if (status == UppdragStatus.PAUSAT) {
                processen.pausa(entity);
            }
        }
        entity.skapat(Meddelande.svenska("uppdrag.handelse.inlast"));
        repository.save(entity);
        return handling(entity);
    }

    /** Whether the current user may edit it: lets a view offer the button; {@link #spara} checks again. */
    public boolean kanRedigera(UppdragId id) {
        return atkomst.kanRedigera(id);
    }

    /**
     * The decision a slutleverans may not come before: the uppdrag's own decision date or, for a revision, that of the
     * uppdrag it supersedes. Null when neither is decided.
     */
    public @Nullable LocalDate beslutsdatumForSlutleverans(Uppdragshandling handling) {
        if (handling.beslutsform().beslutsdatum() != null) {
            return handling.beslutsform().beslutsdatum();
        }
        var ersatter = handling.ersatter() == null ? null : handling.ersatter().uppdrag();
        return ersatter == null ? null : repository.findById(ersatter.id().value()).map(UppdragEntity::beslutsdatum).orElse(null);
    }

    /** The rules of the document, and no one deactivated may be newly named (those already in the stored draft stay). */
    private void validera(Uppdragshandling handling, @Nullable Uppdragshandling sparad) {
        var fel = new java.util.LinkedHashMap<>(UppdragValidering.meddelanden(handling, beslutsdatumForSlutleverans(handling)));
        var nya = UppdragetsPersoner.i(handling);
        nya.keySet().removeAll(UppdragetsPersoner.i(sparad).keySet());
        personer.inaktiva(nya.keySet()).forEach(person -> fel.merge(nya.get(person.id()),
                new Meddelande("katalog.fel.inaktiv-person", person.namn()), (forra, ny) -> new Meddelande("uppdrag.fel.flera", forra, ny)));
        var placering = handling.huvud().plan();
        if (placering.plan() != null && !fel.containsKey("plan")) {
            var plan = planer.plan(placering.plan());
            if (plan.isEmpty()) {
                fel.put("plan", new Meddelande("uppdrag.fel.plan-finns-inte"));
            } else if (placering.malomrade() != null && plan.get().malomrade(placering.malomrade()).isEmpty()) {
                fel.put("plan", new Meddelande("uppdrag.fel.malomrade-utanfor-plan", plan.get().namn()));
            }
        }
        if (!fel.isEmpty()) {
            throw OgiltigtUppdragException.med(fel);
        }
    }

    private static AccessDeniedException finnsInte() {
        return new UppdragNekadException("uppdrag.fel.finns-inte");
    }

    private Uppdragshandling handling(UppdragEntity entity) {
        return lasare.handling(entity);
    }
}
