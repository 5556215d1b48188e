package se.uppdrag.personer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnhetRepository extends JpaRepository<EnhetEntity, Long> {

    Optional<EnhetEntity> findByKod(String kod);

    @Query("select count(e) from EnhetEntity e where e.typ = se.uppdrag.personer.Enhetstyp.REGION")
    long countRegioner();

    @Query("select count(e) from EnhetEntity e where e.overordnad = :id")
    long countBarn(long id);

    @Query("select count(e) from EnhetEntity e where e.overordnad = :id and e.aktiv = true")
    long countAktivaBarn(long id);
}
