package se.uppdrag.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UtgaendeBilagaRepository extends JpaRepository<UtgaendeBilagaEntity, Long> {
}
