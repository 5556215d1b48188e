package se.uppdrag.uppdrag;

import java.time.Clock;
import org.flowable.engine.RuntimeService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragMapper;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Handelser;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.uppdrag.process.ProcessStart;
import se.uppdrag.uppdrag.process.UppdragNotiser;
import se.uppdrag.uppdrag.process.Uppgiftssteg;

/**
 * What the uppdragsgivare may do with a decided uppdrag at any time: pause (tasks and timers stop) and resume,
 * strike it, or start a revision that supersedes it once fastställd.
 */
@Service
@Transactional
@PreAuthorize("@uppdragAtkomst.arUppdragsgivare(#id)")
public class UppdragAtgardService {

    private final UppdragRepository repository;
    private final UppdragService uppdrag;
    private final RuntimeService runtime;
    private final ProcessStart processStart;
    private final Handelser handelser;
    private final CurrentUser currentUser;
    private final UppdragNotiser notiser;
    private final Clock clock;

    UppdragAtgardService(UppdragRepository repository, UppdragService uppdrag, RuntimeService runtime,
            ProcessStart processStart, Handelser handelser, CurrentUser currentUser, UppdragNotiser notiser, Clock clock) {
        this.notiser = notiser;
        this.repository = repository;
        this.uppdrag = uppdrag;
        this.runtime = runtime;
        this.processStart = processStart;
        this.handelser = handelser;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void pausa(UppdragId id, @Nullable String skal) {
        var entity = beslutat(id);
        var text = Uppgiftssteg.text(skal, "Skriv varför uppdraget pausas");
        if (entity.status() == UppdragStatus.PAUSAT) {
            throw new IllegalStateException("Uppdraget är redan pausat");
        }
        entity.pausa();
        runtime.suspendProcessInstanceById(entity.processId());
        handelser.skriv(id.value(), HandelseTyp.PAUSAT, text, null);
        notiser.handelse(entity, MailTyp.UPPDRAG_PAUSAT, text, clock.instant().toString());
    }

    public void ateruppta(UppdragId id) {
        var entity = beslutat(id);
        if (entity.status() != UppdragStatus.PAUSAT) {
            throw new IllegalStateException("Uppdraget är inte pausat");
        }
        entity.ateruppta();
        runtime.activateProcessInstanceById(entity.processId());
        handelser.skriv(id.value(), HandelseTyp.ATERUPPTAGET);
        notiser.handelse(entity, MailTyp.UPPDRAG_ATERUPPTAGET, null, clock.instant().toString());
    }

    /** Strikes the uppdrag: its tasks end, its history stays. */
    public void stryk(UppdragId id, @Nullable String skal) {
        var entity = beslutat(id);
        var text = Uppgiftssteg.text(skal, "Skriv varför uppdraget stryks");
        if (entity.status() == UppdragStatus.PAUSAT) {
            runtime.activateProcessInstanceById(entity.processId());
        }
        runtime.deleteProcessInstance(entity.processId(), "Struket: " + text);
        entity.status(UppdragStatus.STRUKET);
        handelser.skriv(id.value(), HandelseTyp.STRUKET, text, null);
        notiser.handelse(entity, MailTyp.UPPDRAG_STRUKET, text, "struket");
    }

    /**
     * Starts a revision: a new draft with the same content that "ersätter" this one, owned by the same
     * handläggare. It goes through remiss and beslut again; when fastställd it supersedes this one.
     */
    public UppdragId revidera(UppdragId id) {
        beslutat(id);
        var gammal = uppdrag.hamta(id);
        var ny = new Uppdragshandling(null, 0, UppdragStatus.UTKAST, gammal.agare(),
                new Huvud(gammal.huvud().organisation(), gammal.huvud().enhet(), java.time.LocalDate.now(clock)), null,
                gammal.titel(), gammal.uppdragsgivare(), gammal.uppdragstagare(),
                Ersatter.uppdrag(new UppdragRef(id, gammal.titel(), gammal.diarienummer())), gammal.beskrivning(),
                gammal.innefattar(), gammal.ska(), gammal.arbetsorganisation(), gammal.samband(), gammal.kommunikation(),
                gammal.tidplan(), gammal.finansiering(),
                new Beslutsform(gammal.beslutsform().rapporteringTill(), gammal.beslutsform().beslutsfattare(), null, null),
                gammal.distribution());
        var entity = new UppdragEntity();
        entity.nyttUtkast(gammal.agare().id().value(), clock.instant());
        UppdragMapper.tillampa(ny, entity);
        entity.andrades(currentUser.require().namn(), clock.instant());
        repository.saveAndFlush(entity);
        processStart.starta(entity, ProcessStart.Fas.UTKAST);
        handelser.skriv(entity.id(), HandelseTyp.SKAPAT, "Revidering av " + (gammal.diarienummer() == null ? gammal.titel() : gammal.diarienummer()), null);
        handelser.skriv(id.value(), HandelseTyp.REVIDERING_STARTAD, null, null);
        notiser.handelse(repository.findById(id.value()).orElseThrow(), MailTyp.UPPDRAG_REVIDERAT, null, String.valueOf(entity.id()));
        return new UppdragId(entity.id());
    }

    private UppdragEntity beslutat(UppdragId id) {
        var entity = repository.findById(id.value()).orElseThrow();
        if (!entity.status().arBeslutatOchOppet() || entity.processId() == null) {
            throw new IllegalStateException("Bara ett fastställt uppdrag som inte är avslutat kan pausas, strykas eller revideras");
        }
        return entity;
    }
}
