package se.uppdrag.plan;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.plan.internal.PlanEntity;
import se.uppdrag.plan.internal.PlanRepository;
import se.uppdrag.security.CurrentUser;

/**
 * The plans: everyone may read them (the editor offers them, the follow-up groups by them); administrators write them.
 * A målområde that an uppdrag belongs to, or a mål with indicators, cannot be removed (the database refuses, and the
 * administrator is told why).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    /** A plan covers one to three years. */
    public static final int LANGSTA_PERIOD_AR = 3;

    private final PlanRepository planer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Inlamningar inlamningar;

    PlanService(PlanRepository planer, CurrentUser currentUser, Clock clock, Inlamningar inlamningar) {
        this.planer = planer;
        this.currentUser = currentUser;
        this.clock = clock;
        this.inlamningar = inlamningar;
    }

    /** Every plan, the latest period first. */
    public List<Plan> planer() {
        return planer.findAllByOrderByFranArDescNamnAsc().stream().map(PlanEntity::toPlan).toList();
    }

    public Optional<Plan> plan(PlanId id) {
        return planer.findById(id.value()).map(PlanEntity::toPlan);
    }

    /** Records a new plan or the administrator's change of one; sent again with the same key, it is applied once. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Plan spara(PlanUtkast utkast, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "plan.spara", () -> {
            kontrollera(utkast);
            var av = currentUser.get().map(user -> user.namn()).orElse("systemet");
            var entity = utkast.id() == null ? new PlanEntity(utkast, clock.instant(), av)
                    : planer.findById(utkast.id().value()).orElseThrow(() -> new PlanFelException("namn", "plan.fel.finns-inte"));
            if (utkast.id() != null) {
                entity.andra(utkast, clock.instant(), av);
            }
            try {
                return planer.saveAndFlush(entity).toPlan();
            } catch (DataIntegrityViolationException anvands) {
                var indikatorer = String.valueOf(anvands.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
                        .contains("fk_plan_indikator_mal");
                throw new PlanFelException("malomraden", indikatorer ? "plan.fel.mal-har-indikatorer" : "plan.fel.malomrade-anvands");
            }
        }, plan -> String.valueOf(plan.id().value()), id -> planer.findById(Long.parseLong(id)).orElseThrow().toPlan());
    }

    private void kontrollera(PlanUtkast utkast) {
        if (utkast.namn().isBlank()) {
            throw new PlanFelException("namn", "plan.fel.namn-saknas");
        }
        var namn = utkast.namn().strip();
        if (utkast.id() == null ? planer.existsByNamnIgnoreCase(namn) : planer.existsByNamnIgnoreCaseAndIdNot(namn, utkast.id().value())) {
            throw new PlanFelException("namn", "plan.fel.namn-finns", namn);
        }
        if (utkast.franAr() < 2000 || utkast.tillAr() > 2100) {
            throw new PlanFelException("period", "plan.fel.ar");
        }
        if (utkast.tillAr() < utkast.franAr()) {
            throw new PlanFelException("period", "plan.fel.till-fore-fran");
        }
        if (utkast.tillAr() - utkast.franAr() >= LANGSTA_PERIOD_AR) {
            throw new PlanFelException("period", "plan.fel.for-lang", LANGSTA_PERIOD_AR);
        }
        if (utkast.antagenAv().isBlank()) {
            throw new PlanFelException("antagenAv", "plan.fel.antagen-av-saknas");
        }
        var sedda = new HashSet<String>();
        for (var m : utkast.malomraden()) {
            if (m.namn().isBlank()) {
                throw new PlanFelException("malomraden", "plan.fel.malomrade-namn-saknas");
            }
            if (!sedda.add(m.namn().strip().toLowerCase(Locale.ROOT))) {
                throw new PlanFelException("malomraden", "plan.fel.malomrade-dubbel", m.namn().strip());
            }
            if (m.mal().stream().anyMatch(String::isBlank)) {
                throw new PlanFelException("malomraden", "plan.fel.mal-tomt", m.namn().strip());
            }
        }
    }
}
