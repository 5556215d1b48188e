package se.uppdrag.workflow.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FranvaroRepository extends JpaRepository<FranvaroEntity, Long> {

    /** The person's absences that have not ended before the day, earliest first. */
    @Query("select f from FranvaroEntity f where f.personId = :person and f.till >= :dag and f.till >= f.fran order by f.fran")
    List<FranvaroEntity> kommande(long person, LocalDate dag);

    /** The person's absence that includes the day, if any (two of one person never overlap). */
    @Query("select f from FranvaroEntity f where f.personId = :person and f.fran <= :dag and f.till >= :dag")
    java.util.Optional<FranvaroEntity> pagaende(long person, LocalDate dag);

    /** Every absence that includes the day. */
    @Query("select f from FranvaroEntity f where f.fran <= :dag and f.till >= :dag")
    List<FranvaroEntity> pagaende(LocalDate dag);

    /** Every absence not ended before the day, earliest first. */
    @Query("select f from FranvaroEntity f where f.till >= :dag and f.till >= f.fran order by f.fran")
    List<FranvaroEntity> allaKommande(LocalDate dag);

    /** The person's absences overlapping the period. */
    @Query("select f from FranvaroEntity f where f.personId = :person and f.fran <= :till and f.till >= :fran and f.till >= f.fran")
    List<FranvaroEntity> overlappande(long person, LocalDate fran, LocalDate till);
}
