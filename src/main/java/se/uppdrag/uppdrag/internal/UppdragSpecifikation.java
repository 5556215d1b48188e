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
     * @param sekretessLasare the person who finds a sekretess-marked uppdrag by its title or people only if they take
     *        part in it, or null when the user may read every marked uppdrag (registrator)
     * @param personerSomMatchar people whose name matches the search text
     */
    public static Specification<UppdragEntity> av(UppdragFilter filter, @Nullable Long deltagare, @Nullable Long sekretessLasare,
            List<Long> personerSomMatchar) {
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
                var innehall = new ArrayList<Predicate>();
                innehall.add(cb.like(cb.lower(root.get("titel")), pattern));
                if (!personerSomMatchar.isEmpty()) {
                    var sub = query.subquery(Long.class);
                    var annat = sub.from(UppdragEntity.class);
                    sub.select(annat.get("id")).where(annat.join("deltagare").in(personerSomMatchar));
                    innehall.add(root.get("id").in(sub));
                }
                var traff = cb.or(innehall.toArray(Predicate[]::new));
                if (sekretessLasare != null) {
                    // a marked uppdrag's title and people are not searched for someone who may not read it
                    traff = cb.and(traff, cb.or(cb.isNull(root.get("sekretessOsl")),
                            cb.isMember(sekretessLasare, root.<java.util.Collection<Long>>get("deltagare"))));
                }
                villkor.add(cb.or(traff, cb.like(cb.lower(root.get("diarienummer")), pattern)));
            }
            return cb.and(villkor.toArray(Predicate[]::new));
        };
    }
}
