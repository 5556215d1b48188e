package se.uppdrag.delegation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.delegation.internal.DelegationsbeslutEntity;
import se.uppdrag.delegation.internal.DelegationsbeslutRepository;
import se.uppdrag.personer.PersonId;

/**
 * The register of decisions taken under delegation, written by the uppdrag feature in the transaction of the decision
 * (an internal door: the one who decides need not be allowed to read the delegationsordning's administration). Each
 * deciding beslutsfattare with authority on the day gets a row with the rule as it read; when none had any (a rule
 * ended after the uppdrag was sent för beslut), every one of them gets a row without a rule, which the anmälan shows.
 */
@Component
@Transactional
public class Delegationsregister {

    private final Delegationsordning ordning;
    private final DelegationsbeslutRepository beslut;
    private final Clock clock;

    Delegationsregister(Delegationsordning ordning, DelegationsbeslutRepository beslut, Clock clock) {
        this.ordning = ordning;
        this.beslut = beslut;
        this.clock = clock;
    }

    /** The uppdrag was fastställt on {@code fall.dag()} by {@code beslutande}, signed as {@code beslutadAv}. */
    public void beslutat(long uppdragId, @Nullable String diarienummer, String titel, Delegeringsfall fall,
            List<PersonId> beslutande, @Nullable String beslutadAv) {
        Map<PersonId, Delegationsregel> behoriga = ordning.behoriga(fall, beslutande);
        var rader = behoriga.isEmpty() ? beslutande : beslutande.stream().filter(behoriga::containsKey).toList();
        for (var delegat : rader) {
            var regel = behoriga.get(delegat);
            beslut.save(new DelegationsbeslutEntity(uppdragId, diarienummer, titel, fall.dag(), delegat.value(), beslutadAv,
                    regel == null ? null : regel.id(), regel == null ? null : regel.enhet().id().value(),
                    regel == null ? null : Regeltext.svenska(regel), clock.instant()));
        }
    }

    /** The uppdrag got its diarienummer after the decision: the rows of its decisions name it too. */
    public void diarieford(long uppdragId, String diarienummer) {
        beslut.findByUppdrag(uppdragId).forEach(rad -> rad.diarieford(diarienummer));
    }
}
