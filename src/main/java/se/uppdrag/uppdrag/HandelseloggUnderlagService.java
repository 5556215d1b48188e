package se.uppdrag.uppdrag;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.internal.HandelseEntity;
import se.uppdrag.uppdrag.internal.HandelseRepository;
import se.uppdrag.uppdrag.internal.UppdragMapper;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * The history of every uppdrag for the administrator's Händelselogg (reporting reads it from here): the newest first,
 * a page at a time, never all at once. Administrators only; a sekretess-marked uppdrag they take no part in shows
 * "Sekretess" in place of its title and no comments.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class HandelseloggUnderlagService {

    /** The most rows one call returns. */
    public static final int MAX_SIDA = 10_000;

    private final HandelseRepository handelser;
    private final UppdragRepository uppdrag;
    private final PersonService personer;
    private final UppdragAtkomst atkomst;
    private final Clock clock;

    HandelseloggUnderlagService(HandelseRepository handelser, UppdragRepository uppdrag, PersonService personer,
            UppdragAtkomst atkomst, Clock clock) {
        this.handelser = handelser;
        this.uppdrag = uppdrag;
        this.personer = personer;
        this.atkomst = atkomst;
        this.clock = clock;
    }

    /** A page of the events the filter matches, the newest first; at most {@link #MAX_SIDA} rows. */
    public List<Logghandelse> sida(HandelseloggFilter filter, Pageable sida) {
        var begransad = PageRequest.of(sida.getPageNumber(), Math.min(Math.max(sida.getPageSize(), 1), MAX_SIDA));
        var rader = handelser.logg(person(filter), uppdragId(filter), fran(filter), till(filter), begransad);
        var namn = personer.hamta(rader.stream().flatMap(h -> Stream.of(h.personId(), h.forPersonId()))
                .filter(Objects::nonNull).map(PersonId::new).collect(Collectors.toSet()));
        var entiteter = uppdrag.findByIdIn(rader.stream().map(HandelseEntity::uppdragId).collect(Collectors.toSet()));
        // a sekretess-marked uppdrag the administrator takes no part in: its row says that something happened, by whom
        // and when, but neither its title nor the comments (which quote its content)
        var dolda = entiteter.stream().filter(u -> u.arSekretessmarkerat() && !atkomst.serInnehallet(u)).map(u -> u.id())
                .collect(Collectors.toSet());
        var refs = entiteter.stream().map(u -> dolda.contains(u.id())
                        ? new UppdragRef(new UppdragId(u.id()), Meddelande.svenska("sekretess.rad"), UppdragMapper.ref(u).diarienummer())
                        : UppdragMapper.ref(u))
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
        return rader.stream().map(h -> new Logghandelse(Objects.requireNonNull(h.id()), refs.get(h.uppdragId()), h.tidpunkt(),
                namn(namn, h.personId()), namn(namn, h.forPersonId()), h.typ(), dolda.contains(h.uppdragId()) ? null : h.kommentar(),
                h.version())).toList();
    }

    public long antal(HandelseloggFilter filter) {
        return handelser.antalILogg(person(filter), uppdragId(filter), fran(filter), till(filter));
    }

    private static @Nullable Long person(HandelseloggFilter filter) {
        return filter.person() == null ? null : filter.person().value();
    }

    private static @Nullable Long uppdragId(HandelseloggFilter filter) {
        return filter.uppdrag() == null ? null : filter.uppdrag().value();
    }

    private java.time.Instant fran(HandelseloggFilter filter) {
        return filter.fran().atStartOfDay(clock.getZone()).toInstant();
    }

    private java.time.Instant till(HandelseloggFilter filter) {
        return filter.till().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private static @Nullable String namn(Map<PersonId, Person> namn, @Nullable Long id) {
        return id == null ? null : namn.get(new PersonId(id)).namn();
    }
}
