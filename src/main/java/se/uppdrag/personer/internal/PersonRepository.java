package se.uppdrag.personer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<PersonEntity, Long> {

    @Query("""
            select p from PersonEntity p
            where lower(p.namn) like :pattern or lower(p.titel) like :pattern
               or lower(p.enhet) like :pattern or lower(p.epost) like :pattern""")
    List<PersonEntity> search(String pattern, Pageable pageable);

    @Query("select p.id from PersonEntity p where lower(p.namn) like :pattern")
    List<Long> findIdsByName(String pattern, Pageable pageable);

    List<PersonEntity> findByEpostIgnoreCase(String epost);

    Optional<PersonEntity> findByAnstallningsId(String anstallningsId);
}
