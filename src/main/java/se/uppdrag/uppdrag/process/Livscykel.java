package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppgiftstyp;
import se.uppdrag.uppdrag.internal.AktivitetRad;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * What the process model asks of the uppdrag by expression (bean "livscykel"): the people and dates of the execution
 * tasks. Steps that change the uppdrag are delegates ({@link UtkastetTillAgaren}, {@link Registrering},
 * {@link GenomforandetBorjar}); {@link #status} and {@link #registrera} remain for the process definitions deployed
 * before them, whose running instances still call them, and lead to the same steps.
 */
@Component("livscykel")
@Transactional
public class Livscykel {

    private final UppdragRepository uppdrag;
    private final StatusrapportSchema schema;
    private final Rapportdatumen rapportdatumen;
    private final Clock clock;
    private final UtkastetTillAgaren utkastet;
    private final Registrering registrering;
    private final GenomforandetBorjar genomforandet;

    Livscykel(UppdragRepository uppdrag, StatusrapportSchema schema, Rapportdatumen rapportdatumen, Clock clock,
            UtkastetTillAgaren utkastet, Registrering registrering, GenomforandetBorjar genomforandet) {
        this.uppdrag = uppdrag;
        this.schema = schema;
        this.rapportdatumen = rapportdatumen;
        this.clock = clock;
        this.utkastet = utkastet;
        this.registrering = registrering;
        this.genomforandet = genomforandet;
    }

    /**
     * For definitions deployed before the delegates: entering the draft or the execution phase, or an end the service
     * that decided it has already recorded (avslaget, avslutat).
     */
    public void status(Long uppdragId, String status) {
        var entity = hamta(uppdragId);
        switch (UppdragStatus.valueOf(status)) {
            case UTKAST -> entity.remissenAvslutad();
            case PAGAENDE -> entity.genomforandetBorjar();
            default -> {
                if (entity.status() != UppdragStatus.valueOf(status)) {
                    throw new IllegalStateException("Uppdrag " + uppdragId + " is " + entity.status() + ", the model expected " + status);
                }
            }
        }
        uppdrag.save(entity);
    }

    /** For definitions deployed before {@link Registrering}. */
    public void registrera(DelegateExecution execution) {
        registrering.execute(execution);
    }

    /**
     * The activity task's name, for the process definitions deployed before {@link Uppgiftsnamngivning} named the tasks
     * (their create listener calls this); the same name it gives.
     */
    public String aktivitetNamn(Long uppdragId, String aktivitet) {
        return Uppgiftsnamngivning.svenska(Uppgiftsnamngivning.nyckel(Uppgiftstyp.AKTIVITET),
                List.of(aktivitetensNamn(uppdragId, aktivitet)));
    }

    /** The name of the activity in the tidplan that an activity task is for. */
    public String aktivitetensNamn(Long uppdragId, String aktivitet) {
        return rad(uppdragId, aktivitet).namn();
    }

    /**
     * The person who has the activity task: the one responsible, or, when a unit or role is responsible ("CIFU"), the
     * uppdragstagare (the owner while there is none), who reports for it as for the whole uppdrag.
     */
    public String aktivitetAnsvarig(Long uppdragId, String aktivitet) {
        var entity = hamta(uppdragId);
        var rad = entity.aktiviteter().get(Integer.parseInt(aktivitet));
        if (rad.ansvarigId() != null) {
            return String.valueOf(rad.ansvarigId());
        }
        return String.valueOf(entity.uppdragstagareId() != null ? entity.uppdragstagareId() : entity.agareId());
    }

    /** An activity is due at the end of its period. */
    public Date aktivitetForfaller(Long uppdragId, String aktivitet) {
        return Processvariabler.slutet(rad(uppdragId, aktivitet).slutdatum(), clock.getZone());
    }

    /** The next scheduled status report after today, at eight in the morning (the administrator's dates). */
    public Date nastaStatusrapport(Long uppdragId) {
        var datum = rapportdatumen.aktuellt().nasta(hamta(uppdragId).statusrapportering(), LocalDate.now(clock));
        return Date.from(rapporttid(datum, clock.getZone()));
    }

    /** A status report is asked for at eight in the morning of its date. */
    static java.time.Instant rapporttid(LocalDate datum, java.time.ZoneId zon) {
        return datum.atTime(LocalTime.of(8, 0)).atZone(zon).toInstant();
    }

    public Date statusrapportForfaller() {
        return Processvariabler.slutet(LocalDate.now(clock).plusDays(schema.svarstidDagar()), clock.getZone());
    }

    private AktivitetRad rad(Long uppdragId, String aktivitet) {
        return hamta(uppdragId).aktiviteter().get(Integer.parseInt(aktivitet));
    }

    private UppdragEntity hamta(@Nullable Long id) {
        return uppdrag.findById(id).orElseThrow(() -> new IllegalStateException("No uppdrag " + id));
    }
}
