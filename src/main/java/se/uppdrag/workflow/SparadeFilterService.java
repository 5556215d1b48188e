package se.uppdrag.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.workflow.internal.UppgiftFilterEntity;
import se.uppdrag.workflow.internal.UppgiftFilterRepository;

/** The current user's saved inbox filters. Saving under an existing name replaces that filter. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SparadeFilterService {

    private final UppgiftFilterRepository repository;
    private final CurrentUser currentUser;

    SparadeFilterService(UppgiftFilterRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<SparatFilter> mina() {
        return repository.findByPersonIdOrderByNamn(jag()).stream().map(SparadeFilterService::filter).toList();
    }

    /** Saved under its name (the same name is the same filter), so sent twice it needs no key: the second writes the same. */
    public SparatFilter spara(String namn, UppgiftFilter filter) {
        if (namn == null || namn.isBlank() || namn.strip().length() > 100) {
            throw new OgiltigtVardeException("inkorg.fel.filternamn");
        }
        var entity = repository.findByPersonIdAndNamn(jag(), namn.strip()).orElseGet(() -> new UppgiftFilterEntity(jag(), namn.strip()));
        entity.satt(filter.text(), String.join(",", filter.typer()), filter.baraForsenade(), filter.sortering().name());
        return filter(repository.save(entity));
    }

    public void taBort(long id) {
        repository.findById(id).filter(f -> f.personId() == jag()).ifPresent(repository::delete);
    }

    private long jag() {
        return currentUser.require().personId().value();
    }

    private static SparatFilter filter(UppgiftFilterEntity e) {
        var typer = e.typer() == null || e.typer().isBlank() ? java.util.Set.<String>of()
                : Arrays.stream(e.typer().split(",")).collect(Collectors.toSet());
        return new SparatFilter(e.id(), e.namn(), new UppgiftFilter(e.text(), typer, e.baraForsenade(),
                UppgiftFilter.Sortering.valueOf(e.sortering())));
    }
}
