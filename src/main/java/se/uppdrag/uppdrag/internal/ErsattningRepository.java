package se.uppdrag.uppdrag.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The revisions of uppdrag: those that replace ("ersätter") the given ones (indexed by its foreign key). */
public interface ErsattningRepository extends Repository<UppdragEntity, Long> {

    List<UppdragEntity> findByErsatterUppdragIdIn(Collection<Long> ersatta);
}
