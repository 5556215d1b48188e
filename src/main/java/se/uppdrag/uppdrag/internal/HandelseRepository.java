package se.uppdrag.uppdrag.internal;

import java.util.Collection;
import java.util.List;
import se.uppdrag.uppdrag.HandelseTyp;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandelseRepository extends JpaRepository<HandelseEntity, Long> {

    List<HandelseEntity> findByUppdragIdOrderByTidpunktAscIdAsc(long uppdragId);

    List<HandelseEntity> findByUppdragIdInAndTypInOrderByTidpunktAscIdAsc(Collection<Long> uppdragIds,
            Collection<HandelseTyp> typer);
}
