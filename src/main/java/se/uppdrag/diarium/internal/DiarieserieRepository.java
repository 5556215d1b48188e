package se.uppdrag.diarium.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DiarieserieRepository extends JpaRepository<DiarieserieEntity, DiarieserieEntity.Nyckel> {

    /** A plain read: takes no locks, so it cannot block or deadlock anyone. */
    boolean existsByPrefixAndAr(String prefix, int ar);

    /**
     * Moves an existing series on by one; the row stays locked until the transaction ends. It must not clear
     * the persistence context: the caller's entities (the uppdrag being registered) stay managed.
     */
    @Modifying(flushAutomatically = true)
    @Query("update DiarieserieEntity s set s.senaste = s.senaste + 1 where s.prefix = :prefix and s.ar = :ar and s.senaste < 99999")
    int raknaUpp(String prefix, int ar);

    @Query("select s.senaste from DiarieserieEntity s where s.prefix = :prefix and s.ar = :ar")
    int senaste(String prefix, int ar);

    /** Locks the guard row that every creation of a new series queues on (created by the migration). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DiarieserieEntity s where s.prefix = '-' and s.ar = 0")
    Optional<DiarieserieEntity> lasNyaSerier();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from DiarieserieEntity s where s.prefix = :prefix and s.ar = :ar")
    Optional<DiarieserieEntity> findForUpdate(String prefix, int ar);

    @Modifying(flushAutomatically = true)
    @Query(value = "insert into diarieserie (prefix, ar, senaste) values (:prefix, :ar, 0)", nativeQuery = true)
    void skapa(String prefix, int ar);
}
