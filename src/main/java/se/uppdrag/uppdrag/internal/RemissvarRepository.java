package se.uppdrag.uppdrag.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RemissvarRepository extends JpaRepository<RemissvarEntity, Long> {

    List<RemissvarEntity> findByUppdragIdOrderByTidpunktAsc(long uppdragId);
}
