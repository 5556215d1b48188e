package se.uppdrag.reporting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodrapportInnehallRepository extends JpaRepository<PeriodrapportInnehallEntity, Long> {
}
