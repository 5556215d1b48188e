package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.Rapportschema;
import se.uppdrag.uppdrag.internal.RapportdatumRepository;

/**
 * The waiting timers "Dags för statusrapport" of the running uppdrag processes, moved to their next date when the
 * administrator changes the schedule: each to the first report time of its uppdrag's cadence that has not passed (today
 * at eight included), through the engine's own rescheduling ({@link ManagementService#rescheduleTimeDateJob}), in the
 * transaction that saves the dates. A timer already due is left to fire. A paused uppdrag's timer is suspended with its
 * process, out of reach, and is moved when the uppdrag is resumed (decision 0017).
 */
@Component
@Transactional
public class Statustimrar {

    /** The timer's id in the process model. */
    static final String TIMER = "statusTimer";
    private static final int SIDA = 500;

    private final ManagementService management;
    private final RapportdatumRepository uppdragen;
    private final Rapportdatumen rapportdatumen;
    private final Clock clock;

    Statustimrar(ManagementService management, RapportdatumRepository uppdragen, Rapportdatumen rapportdatumen, Clock clock) {
        this.management = management;
        this.uppdragen = uppdragen;
        this.rapportdatumen = rapportdatumen;
        this.clock = clock;
    }

    /** Moves every waiting status timer that the schedule in force puts elsewhere; returns how many were moved. */
    public int flytta() {
        return flytta(management.createTimerJobQuery().processDefinitionKey(Uppdragsprocessen.NYCKEL).elementId(TIMER)
                .orderByJobId().asc().list());
    }

    /** The same for one process: a paused one, resumed, takes the dates that changed while it was paused. */
    public int flytta(String processId) {
        return flytta(management.createTimerJobQuery().processInstanceId(processId).elementId(TIMER).list());
    }

    private int flytta(List<Job> timrar) {
        var schema = rapportdatumen.aktuellt();
        var nu = clock.instant();
        var vantande = timrar.stream().filter(jobb -> jobb.getDuedate().toInstant().isAfter(nu)).toList();
        var flyttade = 0;
        for (int fran = 0; fran < vantande.size(); fran += SIDA) {
            var sida = vantande.subList(fran, Math.min(vantande.size(), fran + SIDA));
            var rapportering = new HashMap<String, se.uppdrag.uppdrag.Statusrapportering>();
            uppdragen.rapporteringar(sida.stream().map(Job::getProcessInstanceId).toList())
                    .forEach(u -> rapportering.put(u.getProcessId(), u.getRapportering()));
            for (var jobb : sida) {
                var satt = rapportering.get(jobb.getProcessInstanceId());
                if (satt == null) {
                    continue;
                }
                var ny = nasta(schema, satt, nu);
                if (ny.toEpochMilli() != jobb.getDuedate().getTime()) {
                    management.rescheduleTimeDateJob(jobb.getId(), ny.toString());
                    flyttade++;
                }
            }
        }
        return flyttade;
    }

    /** The first report time of the cadence after {@code nu}: today's at eight if it is still to come. */
    private Instant nasta(Rapportschema schema, se.uppdrag.uppdrag.Statusrapportering satt, Instant nu) {
        var igar = LocalDate.ofInstant(nu, clock.getZone()).minusDays(1);
        var tid = Livscykel.rapporttid(schema.nasta(satt, igar), clock.getZone());
        return tid.isAfter(nu) ? tid : Livscykel.rapporttid(schema.nasta(satt, igar.plusDays(1)), clock.getZone());
    }
}
