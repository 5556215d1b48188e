package se.uppdrag.diarium.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DiarieserieRepository extends JpaRepository<DiarieserieEntity, DiarieserieEntity.Nyckel> {

    boolean existsByPrefixAndAr(String prefix, int ar);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DiarieserieEntity s where s.prefix = :prefix and s.ar = :ar")
    Optional<DiarieserieEntity> findForUpdate(String prefix, int ar);
}
