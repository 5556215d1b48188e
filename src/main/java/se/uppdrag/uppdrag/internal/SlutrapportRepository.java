package se.uppdrag.uppdrag.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlutrapportRepository extends JpaRepository<SlutrapportEntity, Long> {

    List<SlutrapportEntity> findByUppdragIdOrderByTidpunktDesc(long uppdragId);
}
