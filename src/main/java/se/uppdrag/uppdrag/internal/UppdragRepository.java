package se.uppdrag.uppdrag.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface UppdragRepository extends JpaRepository<UppdragEntity, Long>, JpaSpecificationExecutor<UppdragEntity> {

    @Query("select count(u) > 0 from UppdragEntity u where u.id = :id and :personId member of u.deltagare")
    boolean arDeltagare(long id, long personId);

    @Query("select u.agareId from UppdragEntity u where u.id = :id")
    List<Long> agare(long id);

    List<UppdragEntity> findByIdIn(Collection<Long> ids);

    @Query("""
            select u from UppdragEntity u
            where (lower(u.titel) like :pattern or lower(u.diarienummer) like :pattern)
              and (:alla = true or :personId member of u.deltagare)""")
    List<UppdragEntity> sokReferenser(String pattern, boolean alla, long personId, Pageable pageable);
}
