package se.uppdrag.reporting.internal;

import java.util.HashMap;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.notification.Adressat;
import se.uppdrag.notification.MailMallar;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.Notis;
import se.uppdrag.notification.NotisService;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.text.Meddelande;
import se.uppdrag.workflow.UppgiftService;

/**
 * A period report's new task (bean "periodrapportensUppgift", the model's create listener): named for the inbox, and a
 * mail to its holder with a link straight to it, in the transaction that created it. A task the decision-maker sent
 * back carries their reason in the mail.
 */
@Component("periodrapportensUppgift")
@Transactional
class PeriodrapportensUppgift implements TaskListener {

    static final String NAMN_SAMMANSTALLNING = "periodrapport.uppgift.sammanstall";
    static final String NAMN_GODKANNANDE = "periodrapport.uppgift.godkann";

    private final PeriodrapportRepository rapporter;
    private final Personkatalog personer;
    private final NotisService notiser;
    private final MailMallar mallar;

    PeriodrapportensUppgift(PeriodrapportRepository rapporter, Personkatalog personer, NotisService notiser, MailMallar mallar) {
        this.rapporter = rapporter;
        this.personer = personer;
        this.notiser = notiser;
        this.mallar = mallar;
    }

    @Override
    public void notify(DelegateTask task) {
        var namnnyckel = Periodrapportprocessen.GODKANNANDE.equals(task.getTaskDefinitionKey()) ? NAMN_GODKANNANDE
                : NAMN_SAMMANSTALLNING;
        task.setVariableLocal(UppgiftService.NAMNNYCKEL, namnnyckel);
        var namn = Meddelande.svenska(namnnyckel);
        task.setName(namn);
        var rapportId = Long.parseLong((String) task.getVariable(UppgiftService.ARENDENYCKEL));
        var rapport = rapporter.findById(rapportId).orElseThrow(() -> new IllegalStateException("No period report " + rapportId));
        var mottagare = personer.hitta(new PersonId(Long.parseLong(task.getAssignee()))).filter(p -> p.epost() != null);
        if (mottagare.isEmpty()) {
            return;
        }
        var data = new HashMap<String, String>();
        data.put("titel", rapport.titel());
        data.put("uppgift", namn);
        if (task.getVariable(Periodrapportprocessen.ATERREMISS) instanceof String skal && !skal.isBlank()) {
            data.put("kommentar", skal);
        }
        notiser.koa(new Notis("uppgift:" + task.getId() + ":" + mottagare.get().id().value(), MailTyp.UPPFOLJNINGSRAPPORT_UPPGIFT,
                Adressat.av(mottagare.get()), data, mallar.lank("uppgifter/" + task.getId())));
    }
}
