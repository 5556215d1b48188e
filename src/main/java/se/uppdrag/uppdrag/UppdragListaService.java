package se.uppdrag.uppdrag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragMapper;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.internal.UppdragSpecifikation;

/**
 * Finds uppdrag: the list with search, status filter, sorting and paging, and the pickers for linked uppdrag.
 * Users see the uppdrag they take part in; registrators and administrators see all. A sekretess-marked uppdrag that
 * the user may not read (an administrator who takes no part in it) is listed with its marking in place of its title and
 * people, is found by its diarienummer but not by its title or people, and is not offered as a linked uppdrag.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UppdragListaService {

    /** Columns the list may be sorted by; anything else falls back to the latest changed first. */
    public static final Set<String> SORTERBARA = Set.of("titel", "diarienummer", "status", "datum", "slutleverans", "andrad");

    private final UppdragRepository repository;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final UppdragAtkomst atkomst;

    UppdragListaService(UppdragRepository repository, PersonService personer, CurrentUser currentUser, UppdragAtkomst atkomst) {
        this.repository = repository;
        this.personer = personer;
        this.currentUser = currentUser;
        this.atkomst = atkomst;
    }

    public List<UppdragRad> lista(UppdragFilter filter, Pageable pageable) {
        var sida = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 500), sortering(pageable.getSort()));
        // a slice, not a page: the grid loads lazily and needs no count of everything behind the page
        var uppdrag = repository.findBy(specifikation(filter), fraga -> fraga.slice(sida)).getContent();
        return rader(uppdrag);
    }

    public long rakna(UppdragFilter filter) {
        return repository.count(specifikation(filter));
    }

    /** Uppdrag the user can see whose title or diarienummer contains the text (for samband and ersätter). */
    public List<UppdragRef> sokReferenser(String text, int max) {
        var user = currentUser.require();
        var pattern = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return repository.sokReferenser(pattern, user.serAllaUppdrag(), atkomst.serAllSekretess(), user.personId().value(),
                PageRequest.of(0, Math.min(max, 100), Sort.by("titel"))).stream().map(UppdragMapper::ref).toList();
    }

    private org.springframework.data.jpa.domain.Specification<UppdragEntity> specifikation(UppdragFilter filter) {
        var user = currentUser.require();
        var personerSomMatchar = filter.text().length() >= 2
                ? personer.idnMedNamn(filter.text()).stream().map(PersonId::value).toList()
                : List.<Long>of();
        return UppdragSpecifikation.av(filter, user.serAllaUppdrag() ? null : user.personId().value(),
                atkomst.serAllSekretess() ? null : user.personId().value(), personerSomMatchar);
    }

    private static Sort sortering(Sort sort) {
        var tillatna = sort.stream().filter(order -> SORTERBARA.contains(order.getProperty())).toList();
        var valt = tillatna.isEmpty() ? Sort.by(Sort.Direction.DESC, "andrad") : Sort.by(tillatna);
        return valt.and(Sort.by(Sort.Direction.DESC, "id"));
    }

    private List<UppdragRad> rader(List<UppdragEntity> uppdrag) {
        var ids = uppdrag.stream().flatMap(u -> java.util.stream.Stream.of(u.agareId(), u.uppdragstagareId()))
                .filter(java.util.Objects::nonNull).map(PersonId::new).collect(Collectors.toSet());
        Map<PersonId, Person> namn = personer.hamta(ids);
        return uppdrag.stream().map(u -> {
            var diarienummer = u.diarienummer() == null ? null : Diarienummer.parse(u.diarienummer());
            if (u.arSekretessmarkerat() && !atkomst.serInnehallet(u)) {
                return new UppdragRad(new UppdragId(u.id()), diarienummer, "", u.status(), u.datum(), u.slutleverans(), null, "",
                        true, true);
            }
            return new UppdragRad(new UppdragId(u.id()), diarienummer, u.titel(), u.status(), u.datum(), u.slutleverans(),
                    u.uppdragstagareId() == null ? null : namn.get(new PersonId(u.uppdragstagareId())).namn(),
                    namn.get(new PersonId(u.agareId())).namn(), u.arSekretessmarkerat(), false);
        }).toList();
    }
}
