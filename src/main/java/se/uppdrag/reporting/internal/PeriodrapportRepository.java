package se.uppdrag.reporting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodrapportRepository extends JpaRepository<PeriodrapportEntity, Long> {

    List<PeriodrapportEntity> findAllByOrderByPeriodTillDescIdDesc();
}
