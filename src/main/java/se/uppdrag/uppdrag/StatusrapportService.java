package se.uppdrag.uppdrag;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.OtillatetLageException;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppgiftssteg;

/**
 * A status report filed whenever it is needed, from the uppdrag itself: by its uppdragstagare or its owner, while it is
 * pågående. An open request for one is then done, so no one is asked twice. Anyone else, or an uppdrag in another
 * state, is refused here with a message saying why, whatever the page showed.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class StatusrapportService {

    private final UppdragRepository repository;
    private final Statusrapportskrivare skrivare;
    private final Uppgiftssteg steg;
    private final CurrentUser currentUser;
    private final Inlamningar inlamningar;

    StatusrapportService(UppdragRepository repository, Statusrapportskrivare skrivare, Uppgiftssteg steg,
            CurrentUser currentUser, Inlamningar inlamningar) {
        this.repository = repository;
        this.skrivare = skrivare;
        this.steg = steg;
        this.currentUser = currentUser;
        this.inlamningar = inlamningar;
    }

    /** Whether the current user may file a status report on the uppdrag now. */
    @Transactional(readOnly = true)
    public boolean kanLamna(UppdragId id) {
        return repository.findById(id.value()).filter(u -> arRapportor(u) && u.status() == UppdragStatus.PAGAENDE).isPresent();
    }

    /** Files the report; sent again with the same key, it is filed once ({@link Inlamningar}). */
    public void lamna(UppdragId id, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar,
            @Nullable UUID nyckel) {
        lamna(id, ljus, trend, kommentar, Statusrapport.Resultat.INGET, nyckel);
    }

    /** The same with the money as the reporter sees it. */
    public void lamna(UppdragId id, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar,
            Statusrapport.Resultat ekonomi, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "statusrapport:" + id.value(), () -> {
            var uppdrag = repository.findById(id.value()).filter(this::arRapportor)
                    .orElseThrow(() -> new UppdragNekadException("statusrapport.fel.inte-din"));
            if (uppdrag.status() != UppdragStatus.PAGAENDE) {
                throw new OtillatetLageException("statusrapport.fel.inte-pagaende", new se.uppdrag.text.Meddelande(
                        uppdrag.status().textnyckel()));
            }
            skrivare.skriv(uppdrag, ljus, trend, kommentar, ekonomi);
            steg.statusrapportLamnad(uppdrag);
        });
    }

    /** The uppdragstagare and the owner report. */
    private boolean arRapportor(UppdragEntity uppdrag) {
        var jag = currentUser.require().personId().value();
        return uppdrag.agareId() == jag || Objects.equals(uppdrag.uppdragstagareId(), jag);
    }
}
