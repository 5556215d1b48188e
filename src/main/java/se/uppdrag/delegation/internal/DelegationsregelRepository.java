package se.uppdrag.delegation.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationsregelRepository extends JpaRepository<DelegationsregelEntity, Long> {

    List<DelegationsregelEntity> findByDelegatIn(Collection<Long> delegater);
}
