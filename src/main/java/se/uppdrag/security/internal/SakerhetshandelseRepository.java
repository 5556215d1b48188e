package se.uppdrag.security.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.uppdrag.security.Sakerhetshandelse;

public interface SakerhetshandelseRepository extends JpaRepository<SakerhetshandelseEntity, Long> {

    List<SakerhetshandelseEntity> findByTypOrderByIdDesc(Sakerhetshandelse.Typ typ, Pageable pageable);

    List<SakerhetshandelseEntity> findAllByOrderByIdDesc(Pageable pageable);

    /** Newest first, of one type or all, whose user, address or description contains the text (lower case, escaped). */
    @Query("""
            select h from SakerhetshandelseEntity h
            where (:typ is null or h.typ = :typ)
              and (:text is null or lower(coalesce(h.anvandare, '')) like :text escape '\\'
                   or lower(coalesce(h.adress, '')) like :text escape '\\' or lower(h.beskrivning) like :text escape '\\')
            order by h.id desc""")
    List<SakerhetshandelseEntity> sok(Sakerhetshandelse.@Nullable Typ typ, @Nullable String text, Pageable sida);
}
