package se.uppdrag.uppdrag.versioner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VersionRepository extends JpaRepository<VersionEntity, VersionEntity.Nyckel> {

    @Query("select coalesce(max(v.nummer), 0) from VersionEntity v where v.uppdragId = :uppdragId")
    int senaste(long uppdragId);

    List<VersionEntity> findByUppdragIdOrderByNummerAsc(long uppdragId);
}
