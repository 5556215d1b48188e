package se.uppdrag.uppdrag.process;

import se.uppdrag.notification.Mailbilaga;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.SystemInloggning;
import se.uppdrag.uppdrag.dokument.UppdragshandlingPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.DiariumService;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.UppdragInstallningar;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.internal.AktivitetRad;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * What the process model calls by itself (bean "livscykel"): status on entering a phase, registration after
 * the decision, and the people and dates of the execution tasks. Runs in the engine's transaction, which is
 * the application's.
 */
@Component("livscykel")
@Transactional
public class Livscykel {

    static final ZoneId ZON = ZoneId.of("Europe/Stockholm");
    private final UppdragRepository uppdrag;
    private final DiariumService diarium;
    private final UppdragInstallningar installningar;
    private final StatusrapportSchema schema;
    private final Handelser handelser;
    private final RuntimeService runtime;
    private final UppdragNotiser notiser;
    private final Clock clock;

    private final UppdragshandlingPdf pdf;
    private final CurrentUser currentUser;
    private final SystemInloggning system;

    Livscykel(UppdragRepository uppdrag, DiariumService diarium, UppdragInstallningar installningar,
            StatusrapportSchema schema, Handelser handelser, RuntimeService runtime, UppdragNotiser notiser,
            UppdragshandlingPdf pdf, CurrentUser currentUser, SystemInloggning system, Clock clock) {
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.system = system;
        this.notiser = notiser;
        this.uppdrag = uppdrag;
        this.diarium = diarium;
        this.installningar = installningar;
        this.schema = schema;
        this.handelser = handelser;
        this.runtime = runtime;
        this.clock = clock;
    }

    public void status(Long uppdragId, String status) {
        var entity = hamta(uppdragId);
        if (entity.status() == UppdragStatus.PA_REMISS && UppdragStatus.valueOf(status) == UppdragStatus.UTKAST) {
            handelser.skriv(uppdragId, HandelseTyp.REMISS_AVSLUTAD);
        }
        entity.status(UppdragStatus.valueOf(status));
    }

    /**
     * After the decision: the diarienummer (if none), the date to report back by (slutleverans, or 90 days
     * after the decision), the variables of the execution phase, and a superseded uppdrag set aside.
     */
    public void registrera(DelegateExecution execution) {
        var entity = hamta((Long) execution.getVariable(UppdragProcess.UPPDRAG_ID));
        entity.registrerat(diarium.tilldela(installningar.diarieprefix()));
        execution.setVariables(genomforandevariabler(entity));
        handelser.skriv(entity.id(), HandelseTyp.REGISTRERAT, entity.diarienummer(), null);
        notiser.beslutFattat(entity, "fastställt", null, 0);
        notiser.distribuera(entity, new Mailbilaga(UppdragshandlingPdf.filnamn(entity), "application/pdf",
                currentUser.get().isPresent() ? pdf.skriv(entity) : system.somSystem(() -> pdf.skriv(entity))));
        var ersatter = entity.ersatterUppdragId();
        if (ersatter != null) {
            var gammalt = hamta(ersatter);
            if (gammalt.status().arBeslutatOchOppet()) {
                if (gammalt.processId() != null && runtime.createProcessInstanceQuery().processInstanceId(gammalt.processId()).count() > 0) {
                    runtime.deleteProcessInstance(gammalt.processId(), "Ersatt av uppdrag " + entity.id());
                }
                gammalt.ersattAv(entity.id());
                handelser.skriv(ersatter, HandelseTyp.ERSATT, entity.titel(), null);
            }
        }
    }

    Map<String, Object> genomforandevariabler(UppdragEntity entity) {
        var variabler = new HashMap<String, Object>();
        var tagare = entity.uppdragstagareId() != null ? entity.uppdragstagareId() : entity.agareId();
        variabler.put(UppdragProcess.UPPDRAGSTAGARE, String.valueOf(tagare));
        var senast = entity.aterredovisasSenast();
        variabler.put(UppdragProcess.ATERREDOVISAS_SENAST, senast == null ? null : slutet(senast));
        var aktiviteter = new ArrayList<String>();
        var rader = entity.aktiviteter();
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).ansvarigId() != null) {
                aktiviteter.add(String.valueOf(i));
            }
        }
        variabler.put(UppdragProcess.AKTIVITETER, aktiviteter);
        variabler.put(UppdragProcess.BESLUTSFATTARNA, new ArrayList<>(entity.beslutsfattare().stream()
                .map(b -> String.valueOf(b.personId())).toList()));
        return variabler;
    }

    /**
     * The activity task's name, for the process definitions deployed before {@link Uppgiftsnamngivning} named the tasks
     * (their create listener calls this); the same name it gives.
     */
    public String aktivitetNamn(Long uppdragId, String aktivitet) {
        return Uppgiftsnamngivning.svenska(Uppgiftsnamngivning.nyckel(UppdragProcess.AKTIVITET),
                java.util.List.of(aktivitetensNamn(uppdragId, aktivitet)));
    }

    /** The name of the activity in the tidplan that an activity task is for. */
    public String aktivitetensNamn(Long uppdragId, String aktivitet) {
        return rad(uppdragId, aktivitet).namn();
    }

    public String aktivitetAnsvarig(Long uppdragId, String aktivitet) {
        return String.valueOf(rad(uppdragId, aktivitet).ansvarigId());
    }

    /** An activity is due at the end of its period. */
    public Date aktivitetForfaller(Long uppdragId, String aktivitet) {
        return slutet(rad(uppdragId, aktivitet).slutdatum());
    }

    /** The next scheduled status report, at eight in the morning. */
    public Date nastaStatusrapport(Long uppdragId) {
        var datum = schema.nasta(hamta(uppdragId).statusrapportering(), LocalDate.now(clock));
        return Date.from(datum.atTime(LocalTime.of(8, 0)).atZone(ZON).toInstant());
    }

    public Date statusrapportForfaller() {
        return slutet(LocalDate.now(clock).plusDays(schema.svarstidDagar()));
    }

    /** The end of a day, when something due that day becomes late. */
    public static Date slutet(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(23, 59)).atZone(ZON).toInstant());
    }

    private AktivitetRad rad(Long uppdragId, String aktivitet) {
        return hamta(uppdragId).aktiviteter().get(Integer.parseInt(aktivitet));
    }

    private UppdragEntity hamta(@Nullable Long id) {
        return uppdrag.findById(id).orElseThrow(() -> new IllegalStateException("Uppdraget " + id + " finns inte"));
    }
}
