package se.uppdrag.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UtgaendePostRepository extends JpaRepository<UtgaendePostEntity, Long>, JpaSpecificationExecutor<UtgaendePostEntity> {

    boolean existsByHandelsenyckelAndEpost(String handelsenyckel, String epost);

    @Query("""
            select p.id from UtgaendePostEntity p
            where (p.status = 'VANTAR' and p.nastaForsok <= :nu) or (p.status = 'SKICKAS' and p.upptagenTill < :nu)
            order by p.id""")
    List<Long> attSkicka(Instant nu, Pageable pageable);

    /**
     * Claims one mail for one sender. The condition is checked again under the row lock, so of two senders
     * (threads or app instances on one database) exactly one gets 1 back.
     */
    @Modifying
    @Query("""
            update UtgaendePostEntity p set p.status = 'SKICKAS', p.upptagenAv = :sandare, p.upptagenTill = :till
            where p.id = :id and ((p.status = 'VANTAR' and p.nastaForsok <= :nu) or (p.status = 'SKICKAS' and p.upptagenTill < :nu))""")
    int ta(long id, String sandare, Instant nu, Instant till);

    /** Mails waiting to go out (or being sent) that were queued before the given moment: the backlog. */
    @Query("select count(p) from UtgaendePostEntity p where p.status in ('VANTAR', 'SKICKAS') and p.skapad < :fore")
    long efterslapande(Instant fore);

    long countByStatus(UtgaendePostEntity.Status status);

    List<UtgaendePostEntity> findByStatusOrderByPersonIdAscIdAsc(UtgaendePostEntity.Status status);
}
