package se.uppdrag.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<PlanEntity, Long> {

    /** Every plan, the newest period first, with its målområden (their mål come in one query per plan's målområden). */
    @EntityGraph(attributePaths = "malomraden")
    List<PlanEntity> findAllByOrderByFranArDescNamnAsc();

    boolean existsByNamnIgnoreCaseAndIdNot(String namn, long id);

    boolean existsByNamnIgnoreCase(String namn);
}
