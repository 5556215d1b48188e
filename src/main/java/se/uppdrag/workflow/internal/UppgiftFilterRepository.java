package se.uppdrag.workflow.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UppgiftFilterRepository extends JpaRepository<UppgiftFilterEntity, Long> {

    List<UppgiftFilterEntity> findByPersonIdOrderByNamn(long personId);

    Optional<UppgiftFilterEntity> findByPersonIdAndNamn(long personId, String namn);
}
