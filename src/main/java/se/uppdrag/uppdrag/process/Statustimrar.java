package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
 * transaction that saves the dates. A timer already due is left to fire; a paused uppdrag's timer is suspended with its
 * process and keeps its date (decision 0017).
 */
@Component
@Transactional
public class Statustimrar {

    /** The timer's id in the process model. */
    static final String TIMER = "statusTimer";
    private static final int SIDA = 500;

    private final ManagementService management;
    private final RapportdatumRepository uppdragen;
    private final Clock clock;

    Statustimrar(ManagementService management, RapportdatumRepository uppdragen, Clock clock) {
        this.management = management;
        this.uppdragen = uppdragen;
        this.clock = clock;
    }

    /** Moves every waiting status timer that the schedule puts elsewhere; returns how many were moved. */
    public int flytta(Rapportschema schema) {
        var nu = clock.instant();
        var vantande = management.createTimerJobQuery().processDefinitionKey(Uppdragsprocessen.NYCKEL).elementId(TIMER)
                .orderByJobId().asc().list().stream().filter(jobb -> jobb.getDuedate().toInstant().isAfter(nu)).toList();
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
