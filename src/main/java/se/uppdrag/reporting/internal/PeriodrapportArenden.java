package se.uppdrag.reporting.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.workflow.Arende;
import se.uppdrag.workflow.ArendeKalla;

/** Tells the inbox which period report a task concerns: its title and its page; the compiler is responsible for it. */
@Component
@Transactional(readOnly = true)
class PeriodrapportArenden implements ArendeKalla {

    private final PeriodrapportRepository rapporter;

    PeriodrapportArenden(PeriodrapportRepository rapporter) {
        this.rapporter = rapporter;
    }

    @Override
    public boolean beskriver(String processnyckel) {
        return Periodrapportprocessen.NYCKEL.equals(processnyckel);
    }

    @Override
    public Map<String, Arende> arenden(Collection<String> nycklar) {
        return rapporter.findAllById(nycklar.stream().map(Long::parseLong).toList()).stream()
                .map(r -> new Arende(String.valueOf(r.id()), r.titel(), null, "uppfoljningsrapporter/" + r.id(),
                        new PersonId(r.sammanstallareId())))
                .collect(Collectors.toMap(Arende::nyckel, Function.identity()));
    }
}
