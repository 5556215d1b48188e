package se.uppdrag.uppdrag.process;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.Rapportschema;
import se.uppdrag.uppdrag.Statusrapportering;
import se.uppdrag.uppdrag.internal.RapportdatumEntity;
import se.uppdrag.uppdrag.internal.RapportdatumRepository;

/**
 * The status report schedule in force: the dates the administrator saved, and for a cadence without any the
 * configured ones ({@link StatusrapportSchema}, the seed). Read by the timers and by the administrator's view.
 */
@Component
@Transactional
public class Rapportdatumen {

    private final RapportdatumRepository datum;
    private final StatusrapportSchema konfiguration;
    private final Clock clock;

    Rapportdatumen(RapportdatumRepository datum, StatusrapportSchema konfiguration, Clock clock) {
        this.datum = datum;
        this.konfiguration = konfiguration;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Rapportschema aktuellt() {
        var sparade = datum.findAll().stream().collect(Collectors.groupingBy(RapportdatumEntity::rapportering,
                () -> new EnumMap<>(Statusrapportering.class), Collectors.mapping(RapportdatumEntity::datum, Collectors.toList())));
        var seed = konfiguration.rapportschema().datum();
        var schema = new EnumMap<Statusrapportering, List<java.time.MonthDay>>(Statusrapportering.class);
        for (var rapportering : Statusrapportering.values()) {
            schema.put(rapportering, sparade.getOrDefault(rapportering, seed.get(rapportering)));
        }
        return new Rapportschema(schema);
    }

    /** Replaces every cadence's dates with the schedule's, as saved by {@code av}. */
    public void spara(Rapportschema schema, String av) {
        // a bulk delete runs at once, before the inserts: a date kept meets no unique key of its old row
        datum.deleteAllInBatch();
        var nu = clock.instant();
        datum.saveAllAndFlush(schema.datum().entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(dag -> new RapportdatumEntity(e.getKey(), dag, nu, av))).toList());
    }
}
