package se.uppdrag.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnvandareRepository extends JpaRepository<AnvandareEntity, Long> {

    Optional<AnvandareEntity> findByUsername(String username);

    boolean existsByUsername(String username);
}
