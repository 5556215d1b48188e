package se.uppdrag.personer.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<PersonEntity, Long> {

    String SOKVILLKOR = """
            (lower(p.namn) like :pattern or lower(p.titel) like :pattern or lower(p.enhet) like :pattern
               or lower(e.namn) like :pattern or lower(p.epost) like :pattern or lower(p.anstallningsId) like :pattern)""";
    String AKTIV_IDAG = """
            p.aktiv = true and (p.aktivFran is null or p.aktivFran <= :idag) and (p.aktivTill is null or p.aktivTill >= :idag)""";

    /** People active on the day whose name, title, unit, e-mail or id contains the pattern. */
    @Query("select p from PersonEntity p left join fetch p.enhetIKatalog e where " + AKTIV_IDAG + " and " + SOKVILLKOR)
    List<PersonEntity> searchActive(String pattern, LocalDate idag, Pageable pageable);

    /** Everyone, active or not, matching the pattern: the administrator's directory. */
    @Query("select p from PersonEntity p left join fetch p.enhetIKatalog e where (p.aktiv = true or :medInaktiva = true) and "
            + SOKVILLKOR)
    List<PersonEntity> searchAll(String pattern, boolean medInaktiva, Pageable pageable);

    @Query("select count(p) from PersonEntity p left join p.enhetIKatalog e where (p.aktiv = true or :medInaktiva = true) and "
            + SOKVILLKOR)
    long countAll(String pattern, boolean medInaktiva);

    @Query("select p.id from PersonEntity p where lower(p.namn) like :pattern")
    List<Long> findIdsByName(String pattern, Pageable pageable);

    List<PersonEntity> findByEpostIgnoreCase(String epost);

    Optional<PersonEntity> findByAnstallningsId(String anstallningsId);

    List<PersonEntity> findByAnstallningsIdIn(Collection<String> anstallningsIdn);

    @Query("select count(p) from PersonEntity p where p.enhetIKatalog.id = :enhet and p.aktiv = true")
    long countAktivaIEnhet(long enhet);

    @Query("select count(p) from PersonEntity p where p.enhetIKatalog.id = :enhet")
    long countIEnhet(long enhet);
}
