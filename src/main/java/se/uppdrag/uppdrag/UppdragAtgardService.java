package se.uppdrag.uppdrag;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragMapper;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OtillatetLageException;
import se.uppdrag.uppdrag.process.Uppdragsprocessen;
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
    private final Uppdragsprocessen processen;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Inlamningar inlamningar;

    UppdragAtgardService(UppdragRepository repository, UppdragService uppdrag, Uppdragsprocessen processen,
            CurrentUser currentUser, Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.repository = repository;
        this.uppdrag = uppdrag;
        this.processen = processen;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void pausa(UppdragId id, @Nullable String skal) {
        pausa(id, skal, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void pausa(UppdragId id, @Nullable String skal, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppdrag.pausa:" + id.value(), () -> {
            var entity = beslutat(id);
            entity.pausa(Uppgiftssteg.text(skal, "atgard.fel.pausa-skal"));
            repository.save(entity);
            processen.pausa(entity);
        });
    }

    public void ateruppta(UppdragId id) {
        ateruppta(id, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void ateruppta(UppdragId id, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppdrag.ateruppta:" + id.value(), () -> {
            var entity = beslutat(id);
            entity.ateruppta();
            repository.save(entity);
            processen.ateruppta(entity);
        });
    }

    /**
     * Moves the date it reports back by (an extension, or an earlier date), for a reason. Everyone who works on it or gave
     * it is told by mail, and the next follow-up report's comment says so. The new date is a day from today on.
     */
    public void flyttaAterredovisning(UppdragId id, java.time.@Nullable LocalDate nyttDatum, @Nullable String skal,
            @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppdrag.flytta-aterredovisning:" + id.value(), () -> {
            var entity = beslutat(id);
            if (nyttDatum == null) {
                throw new se.uppdrag.text.OgiltigtVardeException("aterredovisning.fel.datum-saknas");
            }
            entity.flyttaAterredovisning(nyttDatum, Uppgiftssteg.text(skal, "aterredovisning.fel.skal"),
                    java.time.LocalDate.now(clock));
            repository.save(entity);
            processen.flyttaAterredovisning(entity);
        });
    }

    /** Strikes the uppdrag: its tasks end, its history stays. */
    public void stryk(UppdragId id, @Nullable String skal) {
        stryk(id, skal, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void stryk(UppdragId id, @Nullable String skal, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppdrag.stryk:" + id.value(), () -> {
            var entity = beslutat(id);
            var text = Uppgiftssteg.text(skal, "atgard.fel.stryk-skal");
            entity.stryk(text);
            repository.save(entity);
            processen.avsluta(entity, "Struket: " + text);
        });
    }

    /**
     * Starts a revision: a new draft with the same content that "ersätter" this one, owned by the same
     * handläggare. It goes through remiss and beslut again; when fastställd it supersedes this one.
     */
    public UppdragId revidera(UppdragId id) {
        return revidera(id, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public UppdragId revidera(UppdragId id, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "uppdrag.revidera:" + id.value(), () -> {
            var gammalEntity = beslutat(id);
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
            processen.starta(entity, Uppdragsprocessen.Fas.UTKAST);
            entity.skapat(Meddelande.svenska("atgard.handelse.revidering-av",
                    gammal.diarienummer() == null ? gammal.titel() : gammal.diarienummer().toString()));
            var sekretess = gammalEntity.sekretess();
            if (sekretess != null) {
                entity.markeraSekretess(sekretess); // the revision holds the same information
            }
            repository.save(entity);
            gammalEntity.revideringStartad(new UppdragId(entity.id()));
            repository.save(gammalEntity);
            return new UppdragId(entity.id());
        }, ny -> String.valueOf(ny.value()), ny -> new UppdragId(Long.parseLong(ny)));
    }

    private UppdragEntity beslutat(UppdragId id) {
        var entity = repository.findById(id.value()).orElseThrow();
        if (!entity.status().arBeslutatOchOppet() || entity.processId() == null) {
            throw new OtillatetLageException("uppdrag.fel.beslutat-och-oppet");
        }
        return entity;
    }
}
