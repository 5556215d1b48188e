package se.uppdrag.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndikatorRepository extends JpaRepository<IndikatorEntity, Long> {

    /** The indicators of the plans, with their years, mål and målområden in one query. */
    @EntityGraph(attributePaths = {"ar", "mal", "mal.malomrade"})
    List<IndikatorEntity> findByMalMalomradePlanIdIn(Collection<Long> planer);
}
