package se.uppdrag.uppdrag.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandelseRepository extends JpaRepository<HandelseEntity, Long> {

    List<HandelseEntity> findByUppdragIdOrderByTidpunktAscIdAsc(long uppdragId);
}
