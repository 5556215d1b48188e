package se.uppdrag.uppdrag.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.UppdragStatus;

public interface UppdragRepository extends JpaRepository<UppdragEntity, Long>, JpaSpecificationExecutor<UppdragEntity> {

    /** The uppdrag the editor's first save with this key made, if it was made (V20). */
    java.util.Optional<UppdragEntity> findBySparnyckel(String sparnyckel);

    @Query("select count(u) > 0 from UppdragEntity u where u.id = :id and :personId member of u.deltagare")
    boolean arDeltagare(long id, long personId);

    @Query("select u.agareId from UppdragEntity u where u.id = :id")
    List<Long> agare(long id);

    List<UppdragEntity> findByIdIn(Collection<Long> ids);

    @Query("""
            select u from UppdragEntity u
            where (lower(u.titel) like :pattern or lower(u.diarienummer) like :pattern)
              and ((:alla = true and (u.sekretessOsl is null or :allaSekretess = true)) or :personId member of u.deltagare)""")
    List<UppdragEntity> sokReferenser(String pattern, boolean alla, boolean allaSekretess, long personId, Pageable pageable);

    /**
     * Decided uppdrag that were open at some time in the period: decided by its end (or imported as decided without a
     * date), and still open or with a step in their timeline since its start.
     */
    @Query("""
            select u from UppdragEntity u
            where (u.beslutsdatum <= :till or (u.beslutsdatum is null and u.datum <= :till and u.status in :beslutade))
              and (:enhet is null or u.enhet = :enhet)
              and (:alla = true or :personId member of u.deltagare)
              and (u.status in :oppna
                   or exists (select h.id from HandelseEntity h where h.uppdragId = u.id and h.tidpunkt >= :franTid))""")
    List<UppdragEntity> forUppfoljning(LocalDate till, Instant franTid, @Nullable String enhet, boolean alla, long personId,
            Collection<UppdragStatus> beslutade, Collection<UppdragStatus> oppna);

    @Query("""
            select distinct u.enhet from UppdragEntity u
            where u.enhet is not null and (:alla = true or :personId member of u.deltagare)""")
    List<String> enheter(boolean alla, long personId);

    /** Uppdrag the person gives, decides, carries out or owns: their Översikt. */
    @Query("""
            select u from UppdragEntity u
            where u.agareId = :personId or u.uppdragstagareId = :personId or :personId member of u.uppdragsgivare
               or exists (select 1 from UppdragEntity v join v.beslutsfattare b where v.id = u.id and b.personId = :personId)""")
    List<UppdragEntity> mina(long personId);
}
