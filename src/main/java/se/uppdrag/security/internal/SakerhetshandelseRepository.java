package se.uppdrag.security.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import se.uppdrag.security.Sakerhetshandelse;

public interface SakerhetshandelseRepository extends JpaRepository<SakerhetshandelseEntity, Long> {

    List<SakerhetshandelseEntity> findByTypOrderByIdDesc(Sakerhetshandelse.Typ typ, Pageable pageable);

    List<SakerhetshandelseEntity> findAllByOrderByIdDesc(Pageable pageable);
}
