package se.uppdrag.uppdrag.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusrapportRepository extends JpaRepository<StatusrapportEntity, Long> {

    List<StatusrapportEntity> findByUppdragIdOrderByTidpunktDesc(long uppdragId);

    List<StatusrapportEntity> findByUppdragIdInAndTidpunktLessThanOrderByTidpunktAscIdAsc(Collection<Long> uppdragIds,
            Instant fore);
}
