package se.uppdrag.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.delegation.internal.DelegationsbeslutRepository;
import se.uppdrag.delegation.internal.DelegationsregelEntity;
import se.uppdrag.delegation.internal.DelegationsregelRepository;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * The delegationsordning: everyone may ask who has authority for a case; administrators record and end its rules. A
 * rule that a decision was taken under is ended, never deleted, so that the record of the decision keeps its ground.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Delegationsordning {

    private final DelegationsregelRepository regler;
    private final DelegationsbeslutRepository beslut;
    private final OrganisationService organisation;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final Inlamningar inlamningar;

    Delegationsordning(DelegationsregelRepository regler, DelegationsbeslutRepository beslut, OrganisationService organisation,
            PersonService personer, CurrentUser currentUser, Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.regler = regler;
        this.beslut = beslut;
        this.organisation = organisation;
        this.personer = personer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether any rule has been recorded at all: a new installation has none, and then nothing can be decided. */
    public boolean arInlagd() {
        return regler.count() > 0;
    }

    /** Every rule that covers the case, whoever it names, ordered by the delegat's name. */
    public List<Delegationsregel> galler(Delegeringsfall fall) {
        return tackande(regler.findAll(), fall);
    }

    /** Those of the candidates with authority for the case, each with the first rule that gives it. */
    public Map<PersonId, Delegationsregel> behoriga(Delegeringsfall fall, Collection<PersonId> kandidater) {
        var svar = new LinkedHashMap<PersonId, Delegationsregel>();
        if (kandidater.isEmpty()) {
            return svar;
        }
        tackande(regler.findByDelegatIn(kandidater.stream().map(PersonId::value).toList()), fall)
                .forEach(regel -> svar.putIfAbsent(regel.delegat().id(), regel));
        return svar;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<Delegationsregel> regler() {
        return som(regler.findAll()).stream()
                .sorted(Comparator.comparing((Delegationsregel r) -> r.enhet().namn()).thenComparing(r -> r.delegat().namn()))
                .toList();
    }

    /** The active units a rule may be for, by name. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<se.uppdrag.personer.Enhet> enheter() {
        return organisation.alla().stream().filter(se.uppdrag.personer.Enhet::aktiv).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Delegationsregel skapa(NyDelegationsregel ny) {
        return skapa(ny, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Delegationsregel skapa(NyDelegationsregel ny, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "delegation.skapa", () -> {
            if (ny.delegat() == null) {
                throw new DelegationsregelFelException("delegat", "delegation.fel.delegat-saknas");
            }
            if (ny.enhet() == null) {
                throw new DelegationsregelFelException("enhet", "delegation.fel.enhet-saknas");
            }
            if (ny.beloppsgrans() != null && ny.beloppsgrans().signum() <= 0) {
                throw new DelegationsregelFelException("beloppsgrans", "delegation.fel.belopp");
            }
            if (ny.giltigFran() == null) {
                throw new DelegationsregelFelException("giltigFran", "delegation.fel.fran-saknas");
            }
            if (ny.giltigTill() != null && ny.giltigTill().isBefore(ny.giltigFran())) {
                throw new DelegationsregelFelException("giltigTill", "delegation.fel.till-fore-fran");
            }
            var delegat = personer.hamta(ny.delegat());
            if (delegat.inaktiverad()) {
                throw new DelegationsregelFelException("delegat", "delegation.fel.delegat-inaktiv", delegat.namn());
            }
            organisation.hamta(ny.enhet());
            var sparad = regler.saveAndFlush(new DelegationsregelEntity(ny.delegat().value(), ny.enhet().value(), ny.slag(),
                    ny.beloppsgrans(), ny.giltigFran(), ny.giltigTill(), clock.instant(), vem()));
            return som(List.of(sparad)).getFirst();
        }, regel -> String.valueOf(regel.id()), id -> som(List.of(regler.findById(Long.parseLong(id)).orElseThrow())).getFirst());
    }

    /**
     * Ends the rule on the day (today at the earliest unless it has not begun; never before it began). Sent twice it
     * needs no key: the second writes the same last day.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Delegationsregel avsluta(long id, LocalDate sistaDag) {
        var entity = regler.findById(id).orElseThrow(() -> new OgiltigtVardeException("delegation.fel.finns-inte"));
        if (sistaDag.isBefore(entity.giltigFran())) {
            throw new DelegationsregelFelException("giltigTill", "delegation.fel.till-fore-fran");
        }
        entity.avsluta(sistaDag, clock.instant(), vem());
        return som(List.of(regler.saveAndFlush(entity))).getFirst();
    }

    /**
     * Deletes a rule recorded by mistake: only one that no decision was taken under. Sent twice it needs no key: the
     * second finds nothing to delete and ends as the first ({@code deleteById} of a missing row does nothing).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public void taBort(long id) {
        if (beslut.anvandes(id)) {
            throw new OgiltigtVardeException("delegation.fel.anvand");
        }
        regler.deleteById(id);
    }

    private List<Delegationsregel> tackande(List<DelegationsregelEntity> kandidater, Delegeringsfall fall) {
        var trad = new Enhetstrad(organisation.alla());
        return som(kandidater.stream()
                .filter(r -> !fall.dag().isBefore(r.giltigFran()) && (r.giltigTill() == null || !fall.dag().isAfter(r.giltigTill())))
                .filter(r -> trad.tacker(new EnhetId(r.enhet()), fall.enhet()))
                .toList()).stream()
                .filter(r -> r.omfattar(fall.slag(), fall.beloppKr()))
                .sorted(Comparator.comparing((Delegationsregel r) -> r.delegat().namn()).thenComparing(Delegationsregel::id))
                .toList();
    }

    private List<Delegationsregel> som(List<DelegationsregelEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        var folk = personer.hamta(entities.stream().map(e -> new PersonId(e.delegat())).distinct().toList());
        var enheter = new LinkedHashMap<EnhetId, se.uppdrag.personer.Enhet>();
        organisation.alla().forEach(e -> enheter.put(e.id(), e));
        return entities.stream().map(e -> new Delegationsregel(e.id(), folk.get(new PersonId(e.delegat())),
                enheter.get(new EnhetId(e.enhet())), e.slag(), e.beloppsgrans(), e.giltigFran(), e.giltigTill())).toList();
    }

    private String vem() {
        return currentUser.get().map(user -> user.namn()).orElse("systemet");
    }
}
