package se.uppdrag.uppdrag;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.HandelseRepository;
import se.uppdrag.uppdrag.internal.StatusrapportRepository;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.internal.UppdragMapper;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * The data behind follow-up reports and overviews: the decided uppdrag a user may read, with the steps and status
 * reports that tell how they went. Registrators and administrators get every uppdrag, others those they take part in.
 * A sekretess-marked uppdrag the user may not read (an administrator who takes no part) is counted with its dates and
 * status but reads "Sekretess" in place of its title, without people, comments or status reports.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UppfoljningsunderlagService {

    private static final int OMGANG = 500;
    private static final Collection<UppdragStatus> OPPNA = EnumSet.of(UppdragStatus.PAGAENDE, UppdragStatus.PAUSAT,
            UppdragStatus.SLUTRAPPORT_INLAMNAD);
    private static final Collection<UppdragStatus> BESLUTADE = EnumSet.of(UppdragStatus.PAGAENDE, UppdragStatus.PAUSAT,
            UppdragStatus.SLUTRAPPORT_INLAMNAD, UppdragStatus.AVSLUTAT, UppdragStatus.STRUKET, UppdragStatus.ERSATT);

    private final UppdragRepository uppdrag;
    private final HandelseRepository handelser;
    private final StatusrapportRepository statusrapporter;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UppdragAtkomst atkomst;

    UppfoljningsunderlagService(UppdragRepository uppdrag, HandelseRepository handelser,
            StatusrapportRepository statusrapporter, PersonService personer, CurrentUser currentUser, Clock clock,
            UppdragAtkomst atkomst) {
        this.atkomst = atkomst;
        this.uppdrag = uppdrag;
        this.handelser = handelser;
        this.statusrapporter = statusrapporter;
        this.personer = personer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Uppdrag decided by {@code till} that were open at some time from {@code fran}, in the unit if one is given. */
    public List<Uppfoljningsunderlag> underlag(LocalDate fran, LocalDate till, @Nullable String enhet) {
        var user = currentUser.require();
        var zon = clock.getZone();
        var entiteter = uppdrag.forUppfoljning(till, fran.atStartOfDay(zon).toInstant(), blankSomNull(enhet),
                user.serAllaUppdrag(), user.personId().value(), BESLUTADE, OPPNA);
        return iOmgangar(entiteter, till.plusDays(1).atStartOfDay(zon).toInstant(), false);
    }

    /**
     * Every uppdrag decided by {@code till} that was open at some time from {@code fran} (in the unit if one is given),
     * whoever asks: the data of a period report, which must read the same to its compiler and its decision-maker. A
     * sekretess-marked uppdrag reads "Sekretess" in it for everyone, as the report is handed on.
     */
    public List<Uppfoljningsunderlag> underlagForPeriodrapport(LocalDate fran, LocalDate till, @Nullable String enhet) {
        var zon = clock.getZone();
        var entiteter = uppdrag.forUppfoljning(till, fran.atStartOfDay(zon).toInstant(), blankSomNull(enhet), true, 0L,
                BESLUTADE, OPPNA);
        return iOmgangar(entiteter, till.plusDays(1).atStartOfDay(zon).toInstant(), true);
    }

    /** Every uppdrag the user gives, decides, carries out or owns, whatever its status: for their Översikt. */
    public List<Uppfoljningsunderlag> mina() {
        return iOmgangar(uppdrag.mina(currentUser.require().personId().value()), clock.instant().plusSeconds(1), false);
    }

    /** The units of the uppdrag the user may read, in Swedish order. */
    public List<String> enheter() {
        var user = currentUser.require();
        var svenska = Collator.getInstance(Locale.of("sv", "SE"));
        return uppdrag.enheter(user.serAllaUppdrag(), user.personId().value()).stream().sorted(svenska).toList();
    }

    /** In rounds of a few hundred, so that no IN list grows with the number of uppdrag. */
    private List<Uppfoljningsunderlag> iOmgangar(List<UppdragEntity> entiteter, java.time.Instant rapporterFore,
            boolean doljSekretess) {
        var resultat = new ArrayList<Uppfoljningsunderlag>(entiteter.size());
        for (int i = 0; i < entiteter.size(); i += OMGANG) {
            resultat.addAll(omgang(entiteter.subList(i, Math.min(i + OMGANG, entiteter.size())), rapporterFore, doljSekretess));
        }
        return resultat;
    }

    private List<Uppfoljningsunderlag> omgang(List<UppdragEntity> entiteter, java.time.Instant slut, boolean doljSekretess) {
        var ids = entiteter.stream().map(UppdragEntity::id).map(Objects::requireNonNull).toList();
        var steg = handelser.findByUppdragIdInAndTypInOrderByTidpunktAscIdAsc(ids, Uppfoljningsunderlag.STATUSSTEG).stream()
                .collect(Collectors.groupingBy(h -> h.uppdragId()));
        var rapporter = statusrapporter.findByUppdragIdInAndTidpunktLessThanOrderByTidpunktAscIdAsc(ids, slut);
        var personIds = new HashSet<PersonId>();
        entiteter.forEach(u -> Stream.concat(Stream.ofNullable(u.uppdragstagareId()), u.uppdragsgivare().stream())
                .map(PersonId::new).forEach(personIds::add));
        rapporter.forEach(r -> personIds.add(new PersonId(r.personId())));
        var namn = personer.hamta(personIds);
        var tidigare = uppdrag.findByIdIn(entiteter.stream().map(UppdragEntity::ersatterUppdragId).filter(Objects::nonNull)
                .toList()).stream().collect(Collectors.toMap(UppdragEntity::id, u -> u));
        var rapportPerUppdrag = rapporter.stream().collect(Collectors.groupingBy(r -> r.uppdragId(),
                Collectors.mapping(r -> r.toStatusrapport(namnPa(namn, r.personId())), Collectors.toList())));
        return entiteter.stream().map(u -> u.arSekretessmarkerat() && (doljSekretess || !atkomst.serInnehallet(u)) ? dolt(u) : new Uppfoljningsunderlag(new UppdragId(u.id()),
                u.diarienummer() == null ? null : Diarienummer.parse(u.diarienummer()), u.titel(), u.enhet(), u.status(),
                u.beslutsdatum() != null || !BESLUTADE.contains(u.status()) ? u.beslutsdatum() : u.datum(), u.slutleverans(),
                u.uppdragstagareId() == null ? null : namnPa(namn, u.uppdragstagareId()),
                u.uppdragsgivare().stream().map(id -> namnPa(namn, id)).toList(), ersatter(u, tidigare),
                steg.getOrDefault(u.id(), List.of()).stream()
                        .map(h -> new Uppfoljningsunderlag.Statusandring(h.tidpunkt(), h.typ(), h.kommentar(), h.datum())).toList(),
                rapportPerUppdrag.getOrDefault(u.id(), List.of()), UppdragMapper.planplacering(u), u.ansvarigIUppfoljning(),
                u.finansieringBelopp(), u.beraknadEffekt())).toList();
    }

    private static Uppfoljningsunderlag dolt(UppdragEntity u) {
        return new Uppfoljningsunderlag(new UppdragId(u.id()),
                u.diarienummer() == null ? null : Diarienummer.parse(u.diarienummer()),
                se.uppdrag.text.Meddelande.svenska("sekretess.rad"), u.enhet(), u.status(),
                u.beslutsdatum() != null || !BESLUTADE.contains(u.status()) ? u.beslutsdatum() : u.datum(), u.slutleverans(),
                null, List.of(), null, List.of(), List.of(), UppdragMapper.planplacering(u));
    }

    private static @Nullable String ersatter(UppdragEntity u, Map<Long, UppdragEntity> tidigare) {
        if (u.ersatterUppdragId() != null) {
            var ersatt = tidigare.get(u.ersatterUppdragId());
            return ersatt == null ? null
                    : ersatt.diarienummer() != null ? ersatt.diarienummer() + " " + ersatt.titel() : ersatt.titel();
        }
        return u.ersatterBenamning();
    }

    private static String namnPa(Map<PersonId, Person> namn, long id) {
        var person = namn.get(new PersonId(id));
        return person == null ? "" : person.namn();
    }

    private static @Nullable String blankSomNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
