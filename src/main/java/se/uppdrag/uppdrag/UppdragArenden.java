package se.uppdrag.uppdrag;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppdragsprocessen;
import se.uppdrag.workflow.Arende;
import se.uppdrag.workflow.ArendeKalla;

/**
 * Tells the inbox which uppdrag a task concerns: title, diarienummer, link and owner. A sekretess-marked uppdrag the
 * user may not read (an administrator looking at someone's tasks) reads "Sekretess" in place of its title.
 */
@Component
@Transactional(readOnly = true)
class UppdragArenden implements ArendeKalla {

    private final UppdragRepository repository;
    private final UppdragAtkomst atkomst;

    UppdragArenden(UppdragRepository repository, UppdragAtkomst atkomst) {
        this.repository = repository;
        this.atkomst = atkomst;
    }

    @Override
    public boolean beskriver(String processnyckel) {
        return Uppdragsprocessen.NYCKEL.equals(processnyckel);
    }

    @Override
    public Map<String, Arende> arenden(Collection<String> nycklar) {
        var ids = nycklar.stream().map(Long::parseLong).collect(Collectors.toSet());
        return repository.findByIdIn(ids).stream()
                .map(u -> new Arende(String.valueOf(u.id()),
                        u.arSekretessmarkerat() && !atkomst.serInnehallet(u) ? se.uppdrag.text.Meddelande.svenska("sekretess.rad") : u.titel(), u.diarienummer(), "uppdrag/" + u.id(), new PersonId(u.agareId())))
                .collect(Collectors.toMap(Arende::nyckel, Function.identity()));
    }
}
