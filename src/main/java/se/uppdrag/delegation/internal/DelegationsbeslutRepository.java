package se.uppdrag.delegation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DelegationsbeslutRepository extends JpaRepository<DelegationsbeslutEntity, Long> {

    @Query("select b from DelegationsbeslutEntity b where b.beslutsdatum between :fran and :till order by b.beslutsdatum, b.id")
    List<DelegationsbeslutEntity> iPerioden(LocalDate fran, LocalDate till);

    List<DelegationsbeslutEntity> findByUppdrag(long uppdrag);

    @Query("select count(b) > 0 from DelegationsbeslutEntity b where b.regel = :regel")
    boolean anvandes(long regel);
}
