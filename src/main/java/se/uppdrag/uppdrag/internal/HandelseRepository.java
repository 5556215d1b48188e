package se.uppdrag.uppdrag.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import se.uppdrag.uppdrag.HandelseTyp;

/** The uppdrag's history. Rows are only added: the database refuses to change or delete one (migration V14). */
public interface HandelseRepository extends JpaRepository<HandelseEntity, Long> {

    String LOGG = " from HandelseEntity h where (:person is null or h.personId = :person or h.forPersonId = :person)"
            + " and (:uppdrag is null or h.uppdragId = :uppdrag) and h.tidpunkt >= :fran and h.tidpunkt < :till";

    List<HandelseEntity> findByUppdragIdOrderByTidpunktAscIdAsc(long uppdragId);

    List<HandelseEntity> findByUppdragIdInAndTypInOrderByTidpunktAscIdAsc(Collection<Long> uppdragIds,
            Collection<HandelseTyp> typer);

    /** The events of a person (who acted or for whom), of an uppdrag, in [fran, till), the newest first. */
    @Query("select h" + LOGG + " order by h.tidpunkt desc, h.id desc")
    List<HandelseEntity> logg(@Param("person") @Nullable Long person, @Param("uppdrag") @Nullable Long uppdrag,
            @Param("fran") Instant fran, @Param("till") Instant till, Pageable sida);

    @Query("select count(h)" + LOGG)
    long antalILogg(@Param("person") @Nullable Long person, @Param("uppdrag") @Nullable Long uppdrag,
            @Param("fran") Instant fran, @Param("till") Instant till);
}
