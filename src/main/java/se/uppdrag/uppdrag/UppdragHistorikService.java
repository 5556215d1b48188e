package se.uppdrag.uppdrag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.uppdrag.internal.HandelseRepository;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Uppdragsprocessen;
import se.uppdrag.uppdrag.versioner.Versioner;

/** An uppdrag's history: the timeline of every step, the versions kept, and where its process stands. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
public class UppdragHistorikService {

    /** A kept version: its number, when and why it was kept (REMISS or BESLUT). */
    public record Version(int nummer, Instant skapad, String anledning) {
    }

    /** The process model and the steps that are active now and that have been passed. */
    public record Processlage(String bpmnXml, List<String> aktiva, List<String> passerade) {
    }

    private final HandelseRepository handelser;
    private final Versioner versioner;
    private final UppdragRepository uppdrag;
    private final PersonService personer;
    private final Uppdragsprocessen processen;

    UppdragHistorikService(HandelseRepository handelser, Versioner versioner, UppdragRepository uppdrag,
            PersonService personer, Uppdragsprocessen processen) {
        this.handelser = handelser;
        this.versioner = versioner;
        this.uppdrag = uppdrag;
        this.personer = personer;
        this.processen = processen;
    }

    public List<Handelse> handelser(UppdragId id) {
        var alla = handelser.findByUppdragIdOrderByTidpunktAscIdAsc(id.value());
        var namn = personer.hamta(alla.stream().flatMap(h -> Stream.of(h.personId(), h.forPersonId()))
                .filter(Objects::nonNull).map(PersonId::new).collect(Collectors.toSet()));
        return alla.stream().map(h -> new Handelse(h.tidpunkt(), namn(namn, h.personId()), h.typ(), h.kommentar(), h.version(),
                namn(namn, h.forPersonId()))).toList();
    }

    private static @Nullable String namn(Map<PersonId, Person> namn, @Nullable Long id) {
        return id == null ? null : namn.get(new PersonId(id)).namn();
    }

    public List<Version> versioner(UppdragId id) {
        return versioner.lista(id);
    }

    public Processlage processlage(UppdragId id) {
        return processen.processlage(uppdrag.findById(id.value()).orElseThrow().processId());
    }
}
