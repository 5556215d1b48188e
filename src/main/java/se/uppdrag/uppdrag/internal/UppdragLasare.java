package se.uppdrag.uppdrag.internal;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.Personkatalog;
import se.uppdrag.plan.Plankatalog;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * Reads an uppdrag's entity as its uppdragshandling, with the people and linked uppdrag it names. The caller has checked
 * access (a service's {@code @PreAuthorize}, or the engine's own step), so people are read from the directory as is.
 * A linked uppdrag (samband, ersätter) under sekretess is named by its diarienummer with "Sekretess" in place of its
 * title: this document is read, printed and sent out to people who may not read that one.
 */
@Component
@Transactional(readOnly = true)
public class UppdragLasare {

    private final UppdragRepository repository;
    private final Personkatalog personer;
    private final Plankatalog planer;

    UppdragLasare(UppdragRepository repository, Personkatalog personer, Plankatalog planer) {
        this.repository = repository;
        this.personer = personer;
        this.planer = planer;
    }

    public Uppdragshandling handling(UppdragEntity entity) {
        var refs = repository.findByIdIn(UppdragMapper.lankadeUppdrag(entity)).stream()
                .collect(Collectors.toMap(UppdragEntity::id, UppdragLasare::ref));
        var handling = UppdragMapper.handling(entity, personer.hamta(UppdragMapper.personer(entity)), refs);
        var placering = handling.huvud().plan();
        if (placering.plan() == null) {
            return handling;
        }
        var plan = planer.hamta(java.util.List.of(placering.plan())).get(placering.plan());
        var namngiven = plan == null ? placering : placering.med(plan.benamning(),
                plan.malomrade(placering.malomrade()).map(se.uppdrag.plan.Malomrade::namn).orElse(null));
        return handling.iPlan(namngiven);
    }

    private static se.uppdrag.uppdrag.UppdragRef ref(UppdragEntity lankat) {
        var ref = UppdragMapper.ref(lankat);
        return lankat.arSekretessmarkerat()
                ? new se.uppdrag.uppdrag.UppdragRef(ref.id(), se.uppdrag.text.Meddelande.svenska("sekretess.rad"), ref.diarienummer())
                : ref;
    }
}
