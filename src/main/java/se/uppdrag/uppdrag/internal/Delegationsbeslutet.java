package se.uppdrag.uppdrag.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.delegation.Delegationsregister;
import se.uppdrag.delegation.Delegeringsfall;
import se.uppdrag.delegation.Uppdragsslag;
import se.uppdrag.personer.PersonId;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Uppdragshandelse;

/**
 * Tells the register of delegation decisions, in the decision's own transaction, that the uppdrag was fastställt and by
 * whom: the one who fastställde last alone when they decide alone (for a substitute: the absent beslutsfattare they
 * stood in for), otherwise every beslutsfattare (all had to). And,
 * when it is registered, its diarienummer.
 */
@Component
@Transactional
class Delegationsbeslutet {

    private final UppdragRepository uppdrag;
    private final Delegationsregister register;
    private final CurrentUser currentUser;
    private final PaUppdragAv paUppdragAv;

    Delegationsbeslutet(UppdragRepository uppdrag, Delegationsregister register, CurrentUser currentUser, PaUppdragAv paUppdragAv) {
        this.uppdrag = uppdrag;
        this.register = register;
        this.currentUser = currentUser;
        this.paUppdragAv = paUppdragAv;
    }

    @EventListener
    void efter(Uppdragshandelse handelse) {
        if (handelse.typ() == HandelseTyp.FASTSTALLT) {
            faststallt(uppdrag.findById(handelse.uppdrag().value()).orElseThrow());
        } else if (handelse.typ() == HandelseTyp.REGISTRERAT) {
            var entity = uppdrag.findById(handelse.uppdrag().value()).orElseThrow();
            if (entity.diarienummer() != null) {
                register.diarieford(java.util.Objects.requireNonNull(entity.id()), entity.diarienummer());
            }
        }
    }

    private void faststallt(UppdragEntity entity) {
        // the beslutsfattare whose decision it is: a substitute (ersättare) decides for the absent one
        var jag = paUppdragAv.aktuell().map(PersonId::value)
                .or(() -> currentUser.get().map(user -> user.personId().value())).orElse(null);
        var ensam = entity.beslutsfattare().stream().filter(b -> b.beslutarEnsam() && jag != null && b.personId() == jag).findFirst();
        var beslutande = (ensam.isPresent() ? List.of(ensam.get()) : entity.beslutsfattare()).stream()
                .map(b -> new PersonId(b.personId())).toList();
        var slag = entity.ersatterUppdragId() != null || entity.ersatterBenamning() != null ? Uppdragsslag.REVIDERING : Uppdragsslag.NYTT;
        var fall = new Delegeringsfall(entity.enhet(), slag, entity.finansieringBelopp, java.util.Objects.requireNonNull(entity.beslutsdatum()));
        register.beslutat(java.util.Objects.requireNonNull(entity.id()), entity.diarienummer(), entity.titel(), fall, beslutande, entity.beslutadAv);
    }
}
