package se.uppdrag.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LosenordslankRepository extends JpaRepository<LosenordslankEntity, Long> {

    Optional<LosenordslankEntity> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from LosenordslankEntity l where l.anvandareId = :anvandareId")
    void deleteByAnvandareId(long anvandareId);
}
