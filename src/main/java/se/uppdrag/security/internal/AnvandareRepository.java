package se.uppdrag.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnvandareRepository extends JpaRepository<AnvandareEntity, Long> {

    Optional<AnvandareEntity> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByPersonId(long personId);

    @Query("select a.personId from AnvandareEntity a join a.roller r where r = :roll and a.enabled = true")
    List<Long> personerMedRoll(String roll);

    @Query("select count(a) from AnvandareEntity a join a.roller r where r = :roll and a.enabled = true")
    long antalAktivaMedRoll(String roll);

    /** Logins whose username contains the pattern (lower case, with % around) or whose person is one of these. */
    @Query("select a from AnvandareEntity a where lower(a.username) like :monster or a.personId in :personer order by a.username")
    List<AnvandareEntity> sok(String monster, Collection<Long> personer, Pageable pageable);

    List<AnvandareEntity> findByPersonIdOrderById(long personId);
}
