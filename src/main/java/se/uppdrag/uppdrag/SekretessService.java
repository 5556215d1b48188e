package se.uppdrag.uppdrag;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * The sekretess marking of an uppdrag: reading it, setting or changing it and removing it. Who may change it is
 * {@link UppdragAtkomst#kanMarkeraSekretess}: the owner and registrators, and an administrator (who may remove or change
 * a marking only on an uppdrag they take part in); anyone else is refused with {@link UppdragNekadException}. Every
 * change is a step of the uppdrag's history: who, and the provision before and after.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SekretessService {

    private final UppdragRepository repository;
    private final UppdragAtkomst atkomst;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Inlamningar inlamningar;

    SekretessService(UppdragRepository repository, UppdragAtkomst atkomst, CurrentUser currentUser, Clock clock,
            Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.repository = repository;
        this.atkomst = atkomst;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The uppdrag's marking, if it is marked. */
    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public Optional<Sekretess> hamta(UppdragId id) {
        return Optional.ofNullable(uppdrag(id).sekretess());
    }

    /** Whether the current user may set, change or remove the marking: lets a view offer it; the writes check again. */
    public boolean kanMarkera(UppdragId id) {
        var uppdrag = repository.findById(id.value());
        return uppdrag.isPresent() && atkomst.kanMarkeraSekretess(uppdrag.get(), uppdrag.get().arSekretessmarkerat());
    }

    /** Marks the uppdrag as holding information under sekretess, or changes its marking. */
    @Transactional
    public Sekretess markera(UppdragId id, Sekretess sekretess) {
        return markera(id, sekretess, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Transactional
    public Sekretess markera(UppdragId id, Sekretess sekretess, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "sekretess.markera:" + id.value(), () -> {
            var uppdrag = tillatet(id);
            uppdrag.markeraSekretess(sekretess);
            spara(uppdrag);
            return sekretess;
        }, sparad -> "", sparad -> sekretess);
    }

    /** Removes the marking. */
    @Transactional
    public void hav(UppdragId id) {
        hav(id, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Transactional
    public void hav(UppdragId id, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "sekretess.hav:" + id.value(), () -> {
            var uppdrag = tillatet(id);
            uppdrag.havSekretess();
            spara(uppdrag);
        });
    }

    private UppdragEntity tillatet(UppdragId id) {
        var uppdrag = uppdrag(id);
        if (!atkomst.kanMarkeraSekretess(uppdrag, uppdrag.arSekretessmarkerat())) {
            throw new UppdragNekadException("sekretess.fel.far-inte-markera");
        }
        return uppdrag;
    }

    private void spara(UppdragEntity uppdrag) {
        uppdrag.andrades(currentUser.require().namn(), clock.instant());
        repository.save(uppdrag);
    }

    private UppdragEntity uppdrag(UppdragId id) {
        return repository.findById(id.value()).orElseThrow(() -> new UppdragNekadException("uppdrag.fel.finns-inte"));
    }
}
