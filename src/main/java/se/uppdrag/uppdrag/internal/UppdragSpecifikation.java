package se.uppdrag.uppdrag.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import se.uppdrag.uppdrag.UppdragFilter;

/** The list's filter as a JPA query: visibility, status and search text. */
public final class UppdragSpecifikation {

    private UppdragSpecifikation() {
    }

    /**
     * @param deltagare the person whose uppdrag to show, or null for all (registrator, administrator)
     * @param personerSomMatchar people whose name matches the search text
     */
    public static Specification<UppdragEntity> av(UppdragFilter filter, @Nullable Long deltagare, List<Long> personerSomMatchar) {
        return (root, query, cb) -> {
            var villkor = new ArrayList<Predicate>();
            if (deltagare != null) {
                villkor.add(cb.isMember(deltagare, root.<java.util.Collection<Long>>get("deltagare")));
            }
            if (!filter.status().isEmpty()) {
                villkor.add(root.get("status").in(filter.status()));
            }
            if (!filter.text().isEmpty()) {
                var pattern = "%" + filter.text().toLowerCase(Locale.ROOT) + "%";
                var text = new ArrayList<Predicate>();
                text.add(cb.like(cb.lower(root.get("titel")), pattern));
                text.add(cb.like(cb.lower(root.get("diarienummer")), pattern));
                if (!personerSomMatchar.isEmpty()) {
                    var sub = query.subquery(Long.class);
                    var annat = sub.from(UppdragEntity.class);
                    sub.select(annat.get("id")).where(annat.join("deltagare").in(personerSomMatchar));
                    text.add(root.get("id").in(sub));
                }
                villkor.add(cb.or(text.toArray(Predicate[]::new)));
            }
            return cb.and(villkor.toArray(Predicate[]::new));
        };
    }
}
