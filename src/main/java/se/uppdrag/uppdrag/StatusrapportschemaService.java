package se.uppdrag.uppdrag;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.process.Rapportdatumen;
import se.uppdrag.uppdrag.process.Statustimrar;

/**
 * The administrator's status report schedule: the dates of each cadence. Saving new dates moves the waiting timers of
 * the running uppdrag to their next date under them, in the same transaction (decision 0017).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class StatusrapportschemaService {

    private final Rapportdatumen rapportdatumen;
    private final Statustimrar timrar;
    private final CurrentUser currentUser;
    private final Inlamningar inlamningar;

    StatusrapportschemaService(Rapportdatumen rapportdatumen, Statustimrar timrar, CurrentUser currentUser,
            Inlamningar inlamningar) {
        this.rapportdatumen = rapportdatumen;
        this.timrar = timrar;
        this.currentUser = currentUser;
        this.inlamningar = inlamningar;
    }

    public Rapportschema schema() {
        return rapportdatumen.aktuellt();
    }

    /**
     * Saves the dates written per cadence (MM-dd, comma-separated) and returns how many running uppdrag got a new date
     * for their next status report. A bad date is refused at its cadence ({@link RapportschemaFelException}); sent again
     * with the same key, it is applied once.
     */
    @Transactional
    public int spara(Map<Statusrapportering, String> datum, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "statusrapportschema.spara", () -> {
            var schema = Rapportschema.av(datum);
            rapportdatumen.spara(schema, currentUser.require().namn());
            return timrar.flytta();
        }, String::valueOf, Integer::valueOf);
    }
}
