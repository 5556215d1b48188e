package se.uppdrag.diarium.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DiarieserieRepository extends JpaRepository<DiarieserieEntity, DiarieserieEntity.Nyckel> {

    /** A plain read: takes no locks, so it cannot block or deadlock anyone. */
    boolean existsByPrefixAndAr(String prefix, int ar);

    /**
     * The series' last number; the row stays locked until the transaction ends, so allocations and imports in
     * the series queue up. A locking read: it sees the latest committed value, whatever the isolation level.
     */
    @Query(value = "select senaste from diarieserie where prefix = :prefix and ar = :ar for update", nativeQuery = true)
    int lasSenaste(String prefix, int ar);

    /**
     * Moves the series on to a number. It must not clear the persistence context: the caller's entities (the
     * uppdrag being registered) stay managed.
     */
    @Modifying(flushAutomatically = true)
    @Query("update DiarieserieEntity s set s.senaste = :lopnummer where s.prefix = :prefix and s.ar = :ar")
    void flyttaTill(String prefix, int ar, int lopnummer);

    /**
     * The taken numbers after {@code efter}, in order: one query however many there are. A locking read, so that
     * under MariaDB's repeatable read a number imported while this transaction waited for the series is seen.
     */
    @Query(value = "select lopnummer from diarienummer where prefix = :prefix and ar = :ar and lopnummer > :efter"
            + " order by lopnummer for update", nativeQuery = true)
    List<Integer> tagnaEfter(String prefix, int ar, int efter);

    @Query(value = "select lopnummer from diarienummer where prefix = :prefix and ar = :ar and lopnummer = :lopnummer"
            + " for update", nativeQuery = true)
    List<Integer> tagen(String prefix, int ar, int lopnummer);

    @Modifying(flushAutomatically = true)
    @Query(value = "insert into diarienummer (prefix, ar, lopnummer) values (:prefix, :ar, :lopnummer)", nativeQuery = true)
    void ta(String prefix, int ar, int lopnummer);

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
