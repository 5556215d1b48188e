package se.uppdrag.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.plan.internal.PlanEntity;
import se.uppdrag.plan.internal.PlanRepository;

/**
 * The plans for the system's own reading: the uppdrag's document (also when printed for a mail or read by the engine)
 * and the follow-up name an uppdrag's plan and målområde. Read-only and not method-secured, unlike {@link PlanService},
 * which is what people's requests go through; views never use it (ArchitectureTest).
 */
@Component
@Transactional(readOnly = true)
public class Plankatalog {

    private final PlanRepository planer;
    private final se.uppdrag.plan.internal.IndikatorRepository indikatorer;

    Plankatalog(PlanRepository planer, se.uppdrag.plan.internal.IndikatorRepository indikatorer) {
        this.planer = planer;
        this.indikatorer = indikatorer;
    }

    /** The indicators of the plans asked for, in each plan's order. */
    public List<Indikator> indikatorer(Collection<PlanId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return indikatorer.findByMalMalomradePlanIdIn(ids.stream().map(PlanId::value).collect(Collectors.toSet())).stream()
                .sorted(se.uppdrag.plan.internal.IndikatorEntity.I_PLANENS_ORDNING)
                .map(se.uppdrag.plan.internal.IndikatorEntity::toIndikator).toList();
    }

    /** The plans asked for that exist, by id. */
    public Map<PlanId, Plan> hamta(Collection<PlanId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return planer.findAllById(ids.stream().map(PlanId::value).collect(Collectors.toSet())).stream()
                .map(PlanEntity::toPlan).collect(Collectors.toMap(Plan::id, Function.identity()));
    }
}
