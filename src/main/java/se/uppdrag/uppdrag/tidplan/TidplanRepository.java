package se.uppdrag.uppdrag.tidplan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.internal.UppdragEntity;

/**
 * The unit timeline's queries: a unit's uppdrag in given statuses (index on enhet, status), all or those a person
 * takes part in (index on the participant), and their activities in one query.
 */
interface TidplanRepository extends Repository<UppdragEntity, Long> {

    @Query("select distinct u.enhet from UppdragEntity u where u.enhet is not null and u.status in :status")
    List<String> enheter(Collection<UppdragStatus> status);

    @Query("""
            select distinct u.enhet from UppdragEntity u join u.deltagare d
            where d = :personId and u.enhet is not null and u.status in :status""")
    List<String> enheterForDeltagare(long personId, Collection<UppdragStatus> status);

    @Query("select u from UppdragEntity u where u.enhet = :enhet and u.status in :status")
    List<UppdragEntity> enhetens(String enhet, Collection<UppdragStatus> status);

    @Query("""
            select u from UppdragEntity u join u.deltagare d
            where d = :personId and u.enhet = :enhet and u.status in :status""")
    List<UppdragEntity> enhetensForDeltagare(String enhet, long personId, Collection<UppdragStatus> status);

    /** Pairs of uppdrag id and activity row, in tidplan order. */
    @Query("select u.id, a from UppdragEntity u join u.aktiviteter a where u.id in :ids order by u.id, index(a)")
    List<Object[]> aktiviteter(Collection<Long> ids);
}
