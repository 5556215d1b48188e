package se.uppdrag.personer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.internal.EnhetEntity;
import se.uppdrag.personer.internal.EnhetRepository;
import se.uppdrag.personer.internal.PersonRepository;

/**
 * The organisation as a tree: one region at the root, förvaltningar and koncernkontor under it, avdelningar and
 * enheter below. Everyone may read it; administrators change it. A unit people belong to is deactivated, never deleted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationService {

    private final EnhetRepository enheter;
    private final PersonRepository personer;
    private final ApplicationEventPublisher handelser;

    private final Inlamningar inlamningar;

    OrganisationService(EnhetRepository enheter, PersonRepository personer, ApplicationEventPublisher handelser,
            Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.enheter = enheter;
        this.personer = personer;
        this.handelser = handelser;
    }

    /** Every unit, active or not, ordered by name (a region has hundreds, not millions). */
    public List<Enhet> alla() {
        return enheter.findAll().stream().map(EnhetEntity::toEnhet).sorted(Comparator.comparing(Enhet::namn)).toList();
    }

    public Enhet hamta(EnhetId id) {
        return entity(id).toEnhet();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Enhet skapa(NyEnhet ny) {
        return skapa(ny, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Enhet skapa(NyEnhet ny, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "organisation.skapa", () -> {
            kontrolleraKod(ny.kod(), null);
            if (ny.typ() == Enhetstyp.REGION && enheter.countRegioner() > 0) {
                throw new KatalogFelException("typ", "organisation.fel.en-region");
            }
            kontrolleraPlats(ny.typ(), ny.overordnad() == null ? null : entity(ny.overordnad()).toEnhet());
            var enhet = enheter.saveAndFlush(EnhetEntity.from(ny)).toEnhet();
            handelser.publishEvent(new KatalogAndrad("Enhet skapad: " + enhet.visning() + ", " + enhet.typ().benamning()));
            return enhet;
        }, enhet -> String.valueOf(enhet.id().value()), id -> entity(new EnhetId(Long.parseLong(id))).toEnhet());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Enhet andra(EnhetId id, String namn, Enhetskod kod) {
        var entity = entity(id);
        var fore = entity.toEnhet();
        kontrolleraKod(kod, id);
        entity.bytNamn(Enhetsnamn.kontrollera(namn), kod);
        var efter = enheter.saveAndFlush(entity).toEnhet();
        handelser.publishEvent(new KatalogAndrad("Enhet ändrad: " + fore.visning() + " heter nu " + efter.visning()));
        return efter;
    }

    /** Moves the unit (with everything under it) under another unit of a suitable kind; never under itself. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Enhet flytta(EnhetId id, EnhetId nyOverordnad) {
        var entity = entity(id);
        var enhet = entity.toEnhet();
        var mal = entity(nyOverordnad).toEnhet();
        for (Enhet steg = mal; steg != null; steg = steg.overordnad() == null ? null : hamta(steg.overordnad())) {
            if (steg.id().equals(id)) {
                throw new KatalogFelException("overordnad", "organisation.fel.cykel");
            }
        }
        kontrolleraPlats(enhet.typ(), mal);
        entity.flytta(nyOverordnad.value());
        var flyttad = enheter.saveAndFlush(entity).toEnhet();
        handelser.publishEvent(new KatalogAndrad("Enhet flyttad: " + enhet.visning() + " ligger nu under " + mal.visning()));
        return flyttad;
    }

    /** Deactivates a unit that no active person and no active unit belongs to any more; it stays in old records. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Enhet inaktivera(EnhetId id) {
        var entity = entity(id);
        if (enheter.countAktivaBarn(id.value()) > 0) {
            throw new KatalogFelException("aktiv", "organisation.fel.aktiva-underenheter");
        }
        if (personer.countAktivaIEnhet(id.value()) > 0) {
            throw new KatalogFelException("aktiv", "organisation.fel.aktiva-personer");
        }
        entity.satAktiv(false);
        var enhet = enheter.saveAndFlush(entity).toEnhet();
        handelser.publishEvent(new KatalogAndrad("Enhet inaktiverad: " + enhet.visning()));
        return enhet;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Enhet aktivera(EnhetId id) {
        var entity = entity(id);
        var overordnad = entity.toEnhet().overordnad();
        if (overordnad != null && !hamta(overordnad).aktiv()) {
            throw new KatalogFelException("aktiv", "organisation.fel.overordnad-inaktiv");
        }
        entity.satAktiv(true);
        var enhet = enheter.saveAndFlush(entity).toEnhet();
        handelser.publishEvent(new KatalogAndrad("Enhet aktiverad: " + enhet.visning()));
        return enhet;
    }

    /** Deletes a unit made by mistake: only one that nobody, active or not, belongs to and that has no units under it. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public void taBort(EnhetId id) {
        var enhet = entity(id).toEnhet();
        if (enheter.countBarn(id.value()) > 0 || personer.countIEnhet(id.value()) > 0) {
            throw new KatalogFelException("aktiv", "organisation.fel.kan-bara-inaktiveras");
        }
        enheter.deleteById(id.value());
        handelser.publishEvent(new KatalogAndrad("Enhet borttagen: " + enhet.visning()));
    }

    private void kontrolleraKod(Enhetskod kod, @Nullable EnhetId egen) {
        enheter.findByKod(kod.value()).filter(annan -> egen == null || annan.id() != egen.value()).ifPresent(annan -> {
            throw new KatalogFelException("kod", "organisation.fel.kod-upptagen", kod.value(), annan.namn());
        });
    }

    private static void kontrolleraPlats(Enhetstyp typ, @Nullable Enhet overordnad) {
        if (overordnad != null && !overordnad.aktiv()) {
            throw new KatalogFelException("overordnad", "organisation.fel.inaktiv-overordnad", overordnad.namn());
        }
        if (!typ.tillatenUnder(overordnad == null ? null : overordnad.typ())) {
            throw overordnad == null
                    ? new KatalogFelException("overordnad", "organisation.fel.maste-ha-overordnad", typ.namnIText())
                    : new KatalogFelException("overordnad", "organisation.fel.fel-plats", typ.namnIText(), overordnad.typ().namnIText());
        }
    }

    private EnhetEntity entity(EnhetId id) {
        return enheter.findById(Objects.requireNonNull(id).value())
                .orElseThrow(() -> new KatalogFelException("overordnad", "organisation.fel.finns-inte"));
    }
}
