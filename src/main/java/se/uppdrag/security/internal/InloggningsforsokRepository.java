package se.uppdrag.security.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InloggningsforsokRepository extends JpaRepository<InloggningsforsokEntity, String> {

    /** The row to count a failure on, locked so that two nodes counting at once do not lose a failure. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from InloggningsforsokEntity f where f.nyckel = :nyckel")
    Optional<InloggningsforsokEntity> forUppdatering(String nyckel);

    List<InloggningsforsokEntity> findByLastTillAfterOrderByLastTillDesc(Instant nu);
}
