package se.uppdrag.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnvandareRepository extends JpaRepository<AnvandareEntity, Long> {

    Optional<AnvandareEntity> findByUsername(String username);

    boolean existsByUsername(String username);

    java.util.List<AnvandareEntity> findByPersonIdOrderById(long personId);

    @org.springframework.data.jpa.repository.Query("select a.personId from AnvandareEntity a join a.roller r where r = :roll and a.enabled = true")
    java.util.List<Long> personerMedRoll(String roll);
}
