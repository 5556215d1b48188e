package se.uppdrag.uppdrag.tidplan;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.internal.AktivitetRad;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * The tidplan as a timeline: one uppdrag's activities, or every decided and open uppdrag of a unit. A unit's
 * uppdrag are those the user may read (participants; registrators and administrators all), in three queries. The
 * timeline is the uppdrag's content (its activities), so a sekretess-marked uppdrag the user may not read is left out.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TidplanService {

    /** Decided and not closed: what a unit's timeline shows. */
    private static final List<UppdragStatus> OPPNA = Arrays.stream(UppdragStatus.values())
            .filter(UppdragStatus::arBeslutatOchOppet).toList();

    private final UppdragRepository uppdrag;
    private final TidplanRepository tidplaner;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final se.uppdrag.uppdrag.UppdragAtkomst atkomst;

    TidplanService(UppdragRepository uppdrag, TidplanRepository tidplaner, PersonService personer, CurrentUser currentUser,
            Clock clock, se.uppdrag.uppdrag.UppdragAtkomst atkomst) {
        this.atkomst = atkomst;
        this.uppdrag = uppdrag;
        this.tidplaner = tidplaner;
        this.personer = personer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public Tidplansbild uppdrag(UppdragId id) {
        var entity = uppdrag.findById(id.value()).orElseThrow(() -> new se.uppdrag.uppdrag.UppdragNekadException("uppdrag.fel.finns-inte"));
        var rader = entity.aktiviteter().stream().map(rad -> Map.entry(Objects.requireNonNull(entity.id()), rad)).toList();
        return new Tidplansbild(LocalDate.now(clock), tidplaner(List.of(entity), rader));
    }

    /** The units of the decided and open uppdrag the user can see, in Swedish alphabetical order. */
    public List<String> enheter() {
        var user = currentUser.require();
        var enheter = user.serAllaUppdrag() ? tidplaner.enheter(OPPNA)
                : tidplaner.enheterForDeltagare(user.personId().value(), OPPNA);
        return enheter.stream().sorted(Collator.getInstance(Locale.of("sv", "SE"))).toList();
    }

    /** The unit the user's own directory entry names, if any. */
    public Optional<String> egenEnhet() {
        return Optional.ofNullable(personer.hamta(currentUser.require().personId()).enhet()).filter(e -> !e.isBlank());
    }

    /** Every decided and open uppdrag of the unit that the user may read, by start date, with their activities. */
    public Tidplansbild enhet(String enhet) {
        if (enhet == null || enhet.isBlank()) {
            throw new se.uppdrag.text.OgiltigtVardeException("tidplan.fel.valj-enhet");
        }
        var user = currentUser.require();
        var valda = user.serAllaUppdrag() ? tidplaner.enhetens(enhet, OPPNA)
                : tidplaner.enhetensForDeltagare(enhet, user.personId().value(), OPPNA);
        valda = valda.stream().filter(u -> !u.arSekretessmarkerat() || atkomst.serInnehallet(u)).toList();
        var rader = valda.isEmpty() ? List.<Map.Entry<Long, AktivitetRad>>of()
                : tidplaner.aktiviteter(valda.stream().map(UppdragEntity::id).toList()).stream()
                        .map(rad -> Map.entry((Long) rad[0], (AktivitetRad) rad[1])).toList();
        var lista = tidplaner(valda, rader).stream()
                .sorted(Comparator.comparing(UppdragTidplan::start).thenComparing(UppdragTidplan::titel)).toList();
        return new Tidplansbild(LocalDate.now(clock), lista);
    }

    private List<UppdragTidplan> tidplaner(List<UppdragEntity> valda, List<Map.Entry<Long, AktivitetRad>> rader) {
        var ids = new HashSet<PersonId>();
        valda.stream().map(UppdragEntity::uppdragstagareId).filter(Objects::nonNull).forEach(p -> ids.add(new PersonId(p)));
        rader.stream().map(r -> r.getValue().ansvarigId()).filter(Objects::nonNull).forEach(p -> ids.add(new PersonId(p)));
        var namn = personer.hamta(ids);
        var perUppdrag = rader.stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return valda.stream().map(e -> tidplan(e, perUppdrag.getOrDefault(e.id(), List.of()), namn)).toList();
    }

    private UppdragTidplan tidplan(UppdragEntity e, Collection<AktivitetRad> rader, Map<PersonId, Person> namn) {
        var aktiviteter = rader.stream().map(rad -> new Aktivitetslage(rad.namn(), rad.period(),
                rad.ansvarigText() != null ? rad.ansvarigText() : namn(rad.ansvarigId(), namn),
                rad.klar() == null ? null : LocalDate.ofInstant(rad.klar(), clock.getZone())))
                .sorted(Aktivitetslage.I_TIDSORDNING).toList();
        var aterredovisning = e.aterredovisasSenast() != null ? e.aterredovisasSenast() : e.slutleverans();
        return new UppdragTidplan(new UppdragId(Objects.requireNonNull(e.id())), e.titel(),
                e.diarienummer() == null ? null : Diarienummer.parse(e.diarienummer()), e.status(),
                e.beslutsdatum() != null ? e.beslutsdatum() : e.datum(), e.beslutsdatum(), e.slutleverans(), aterredovisning,
                namn(e.uppdragstagareId(), namn), aktiviteter);
    }

    private static @org.jspecify.annotations.Nullable String namn(@org.jspecify.annotations.Nullable Long id, Map<PersonId, Person> namn) {
        var person = id == null ? null : namn.get(new PersonId(id));
        return person == null ? null : person.namn();
    }
}
