package se.uppdrag.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.reporting.Oversikt.Datumpost;
import se.uppdrag.reporting.Oversikt.Ljuspost;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;
import se.uppdrag.uppdrag.UppfoljningsunderlagService;

/** The Översikt of the logged-in person's uppdrag: as uppdragsgivare, beslutsfattare, uppdragstagare or owner. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OversiktService {

    private static final Comparator<Ljuspost> ROTT_FORST = Comparator.comparingInt((Ljuspost p) -> p.senaste() == null ? 1
            : switch (p.senaste().ljus()) {
                case ROD -> 0;
                case GUL -> 2;
                case GRON -> 3;
            }).thenComparing(Ljuspost::titel);

    private final UppfoljningsunderlagService underlag;
    private final Clock clock;

    OversiktService(UppfoljningsunderlagService underlag, Clock clock) {
        this.underlag = underlag;
        this.clock = clock;
    }

    public Oversikt oversikt() {
        var idag = LocalDate.now(clock);
        var mina = underlag.mina();
        var perStatus = new EnumMap<UppdragStatus, Integer>(UppdragStatus.class);
        mina.forEach(u -> perStatus.merge(u.status(), 1, Integer::sum));
        var zon = clock.getZone();
        // the återredovisning moved on by the days paused: a pause never makes an uppdrag late
        var pagaende = mina.stream().filter(u -> u.status() == UppdragStatus.PAGAENDE && u.aterredovisasSenast() != null).toList();
        var forsenade = pagaende.stream().filter(u -> idag.isAfter(u.aterredovisasSenast(idag, zon)))
                .map(u -> post(u, u.aterredovisasSenast(idag, zon), ChronoUnit.DAYS.between(u.aterredovisasSenast(idag, zon), idag)))
                .sorted(Comparator.comparingLong(Datumpost::dagar).reversed()).toList();
        var snart = pagaende.stream().filter(u -> !idag.isAfter(u.aterredovisasSenast(idag, zon)))
                .map(u -> post(u, u.aterredovisasSenast(idag, zon), Arbetsdagar.mellan(idag, u.aterredovisasSenast(idag, zon))))
                .filter(p -> p.dagar() <= Oversikt.SNART_ARBETSDAGAR)
                .sorted(Comparator.comparing(Datumpost::senast)).toList();
        var ljus = mina.stream().filter(u -> u.status().arBeslutatOchOppet())
                .map(u -> ljuspost(u, senaste(u.statusrapporter())))
                .sorted(ROTT_FORST).toList();
        return new Oversikt(idag, perStatus, forsenade, snart, ljus);
    }

    private Ljuspost ljuspost(Uppfoljningsunderlag u, @org.jspecify.annotations.Nullable Statusrapport senaste) {
        return new Ljuspost(u.id(), u.diarienummer(), u.titel(), u.status(), senaste,
                senaste == null ? null : LocalDate.ofInstant(senaste.tid(), clock.getZone()));
    }

    private static Datumpost post(Uppfoljningsunderlag u, @org.jspecify.annotations.Nullable LocalDate senast, long dagar) {
        return new Datumpost(u.id(), u.diarienummer(), u.titel(), Objects.requireNonNull(senast),
                u.slutleverans() == null, dagar);
    }

    private static @org.jspecify.annotations.Nullable Statusrapport senaste(List<Statusrapport> rapporter) {
        return rapporter.stream().max(Comparator.comparing(Statusrapport::tid)).orElse(null);
    }
}
