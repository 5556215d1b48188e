package se.uppdrag.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotisInstallningRepository extends JpaRepository<NotisInstallningEntity, NotisInstallningEntity.Nyckel> {

    List<NotisInstallningEntity> findByPersonId(long personId);
}
