package se.uppdrag.delegation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.delegation.internal.DelegationsbeslutRepository;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;

/**
 * The decisions taken under delegation in a period, for the anmälan: all of them, or those under rules for a unit and
 * the units under it. For registrators and administrators, who keep the diarium and report to the body that delegated.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('REGISTRATOR', 'ADMINISTRATOR')")
public class DelegationsbeslutService {

    private final DelegationsbeslutRepository beslut;
    private final OrganisationService organisation;
    private final PersonService personer;

    DelegationsbeslutService(DelegationsbeslutRepository beslut, OrganisationService organisation, PersonService personer) {
        this.beslut = beslut;
        this.organisation = organisation;
        this.personer = personer;
    }

    /** Both days included; {@code enhet} null for every unit (then also the decisions that had no rule). */
    public List<Delegationsbeslut> beslut(LocalDate fran, LocalDate till, @Nullable EnhetId enhet) {
        var trad = new Enhetstrad(organisation.alla());
        var rader = beslut.iPerioden(fran, till).stream()
                .filter(b -> enhet == null || b.regelEnhet() != null && trad.underEllerSamma(new EnhetId(b.regelEnhet()), enhet))
                .toList();
        var folk = personer.hamta(rader.stream().map(b -> new PersonId(b.delegat())).distinct().toList());
        var enheter = organisation.alla().stream().collect(java.util.stream.Collectors.toMap(Enhet::id, Enhet::visning));
        return rader.stream().map(b -> new Delegationsbeslut(b.uppdrag(), b.diarienummer(), b.titel(), b.beslutsdatum(),
                folk.get(new PersonId(b.delegat())).namn(), b.beslutadAv(), b.regelText(),
                b.regelEnhet() == null ? null : enheter.get(new EnhetId(b.regelEnhet())))).toList();
    }

    /** The units a report may be asked for. */
    public List<Enhet> enheter() {
        return organisation.alla();
    }
}
