package se.uppdrag.uppdrag.process;

import java.time.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.DiariumService;
import se.uppdrag.uppdrag.UppdragInstallningar;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * After the decision (model: {@code delegateExpression="${registreringen}"}): the diarienummer (if none), the date to
 * report back by, the variables of the execution phase, and an uppdrag this one revises set aside. Who is told is up to
 * those who listen to the registration.
 */
@Component("registreringen")
@Transactional
class Registrering implements JavaDelegate {

    private final UppdragRepository uppdrag;
    private final DiariumService diarium;
    private final UppdragInstallningar installningar;
    private final Uppdragsprocessen processen;
    private final Clock clock;

    Registrering(UppdragRepository uppdrag, DiariumService diarium, UppdragInstallningar installningar,
            Uppdragsprocessen processen, Clock clock) {
        this.uppdrag = uppdrag;
        this.diarium = diarium;
        this.installningar = installningar;
        this.processen = processen;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var entity = uppdrag.findById((Long) execution.getVariable(Processvariabler.UPPDRAG_ID)).orElseThrow();
        entity.registrerat(diarium.tilldela(installningar.diarieprefix()));
        execution.setVariables(Processvariabler.genomforande(entity, clock.getZone()));
        uppdrag.save(entity);
        var ersatter = entity.ersatterUppdragId();
        if (ersatter == null) {
            return;
        }
        var gammalt = uppdrag.findById(ersatter).orElseThrow();
        if (gammalt.status().arBeslutatOchOppet()) {
            processen.avsluta(gammalt, "Ersatt av uppdrag " + entity.id());
            gammalt.ersattAv(java.util.Objects.requireNonNull(entity.id()), entity.titel());
            uppdrag.save(gammalt);
        }
    }
}
