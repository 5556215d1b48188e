package se.uppdrag.uppdrag.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.uppdrag.uppdrag.Statusrapportering;

public interface RapportdatumRepository extends JpaRepository<RapportdatumEntity, Long> {

    /** How often the uppdrag of these processes report, by process. */
    @Query("select u.processId as processId, u.statusrapportering as rapportering from UppdragEntity u"
            + " where u.processId in :processer")
    List<Rapporterande> rapporteringar(Collection<String> processer);

    interface Rapporterande {
        String getProcessId();

        Statusrapportering getRapportering();
    }
}
