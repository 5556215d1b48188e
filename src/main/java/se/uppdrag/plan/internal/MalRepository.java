package se.uppdrag.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MalRepository extends JpaRepository<MalEntity, Long> {
}
