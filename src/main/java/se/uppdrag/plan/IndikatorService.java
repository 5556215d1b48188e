package se.uppdrag.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.plan.internal.IndikatorEntity;
import se.uppdrag.plan.internal.IndikatorRepository;
import se.uppdrag.plan.internal.MalRepository;
import se.uppdrag.plan.internal.PlanRepository;
import se.uppdrag.security.CurrentUser;

/**
 * The indicators of a plan's mål and their values year by year: everyone signed in reads them, administrators write
 * them. A year's values belong to the plan's period or the year before it (the outcome a plan starts from).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class IndikatorService {

    /** The largest number an outcome or a target may be (the column holds 15 digits before the decimal comma). */
    private static final BigDecimal STORST = new BigDecimal("1e15");

    private final IndikatorRepository indikatorer;
    private final MalRepository malen;
    private final PlanRepository planer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Inlamningar inlamningar;

    IndikatorService(IndikatorRepository indikatorer, MalRepository malen, PlanRepository planer, CurrentUser currentUser,
            Clock clock, Inlamningar inlamningar) {
        this.indikatorer = indikatorer;
        this.malen = malen;
        this.planer = planer;
        this.currentUser = currentUser;
        this.clock = clock;
        this.inlamningar = inlamningar;
    }

    /** The plan's indicators in the plan's order (målområde, mål, then as added). */
    public List<Indikator> indikatorer(PlanId plan) {
        return indikatorer.findByMalMalomradePlanIdIn(Set.of(plan.value())).stream()
                .sorted(IndikatorEntity.I_PLANENS_ORDNING).map(IndikatorEntity::toIndikator).toList();
    }

    /** The plan's mål an indicator can belong to. */
    public List<MalRef> malen(PlanId plan) {
        return planer.findById(plan.value()).map(p -> p.malen()).orElse(List.of());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Indikator spara(IndikatorUtkast utkast, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "indikator.spara", () -> {
            if (utkast.mal() == null) {
                throw new PlanFelException("mal", "indikator.fel.mal-saknas");
            }
            var mal = malen.findById(utkast.mal()).orElseThrow(() -> new PlanFelException("mal", "indikator.fel.mal-saknas"));
            if (utkast.namn().isBlank()) {
                throw new PlanFelException("namn", "indikator.fel.namn-saknas");
            }
            if (utkast.slag() == null) {
                throw new PlanFelException("slag", "indikator.fel.slag-saknas");
            }
            var enhet = utkast.enhet() == null || utkast.enhet().isBlank() ? null : utkast.enhet().strip();
            if (utkast.slag() == Indikator.Slag.KVANTITATIV && enhet == null) {
                throw new PlanFelException("enhet", "indikator.fel.enhet-saknas");
            }
            var entity = utkast.id() == null ? new IndikatorEntity(mal)
                    : indikatorer.findById(utkast.id().value()).orElseThrow(() -> new PlanFelException("namn", "indikator.fel.finns-inte"));
            if (utkast.id() != null && entity.slag() != utkast.slag() && entity.toIndikator().ar().stream().anyMatch(Indikator.Arsvarde::harUtfall)) {
                throw new PlanFelException("slag", "indikator.fel.slag-har-utfall");
            }
            entity.andra(mal, utkast.namn().strip(), utkast.slag(), utkast.slag() == Indikator.Slag.KVALITATIV ? null : enhet,
                    utkast.riktning(), clock.instant(), vem());
            return indikatorer.saveAndFlush(entity).toIndikator();
        }, i -> String.valueOf(i.id().value()), id -> indikatorer.findById(Long.parseLong(id)).orElseThrow().toIndikator());
    }

    /** Records a year's target, outcome and comment, replacing what was recorded for that year. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Indikator sparaAr(IndikatorId id, Indikator.Arsvarde varde, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "indikator.ar:" + id.value(), () -> {
            var entity = indikatorer.findById(id.value()).orElseThrow(() -> new PlanFelException("ar", "indikator.fel.finns-inte"));
            var indikator = entity.toIndikator();
            var plan = planer.findById(indikator.plan().value()).orElseThrow().toPlan();
            if (varde.ar() < plan.franAr() - 1 || varde.ar() > plan.tillAr()) {
                throw new PlanFelException("ar", "indikator.fel.ar", String.valueOf(plan.franAr() - 1), String.valueOf(plan.tillAr()));
            }
            if (indikator.slag() == Indikator.Slag.KVALITATIV && (varde.utfall() != null || varde.mal() != null)) {
                throw new PlanFelException("utfall", "indikator.fel.kvalitativ-tal");
            }
            if (indikator.slag() == Indikator.Slag.KVANTITATIV && varde.svar() != null) {
                throw new PlanFelException("utfall", "indikator.fel.kvantitativ-svar");
            }
            kravRimligt(varde.mal(), "mal");
            kravRimligt(varde.utfall(), "utfall");
            var kommentar = varde.kommentar() == null || varde.kommentar().isBlank() ? null : varde.kommentar().strip();
            entity.sattAr(new Indikator.Arsvarde(varde.ar(), varde.mal(), varde.utfall(), varde.svar(), kommentar),
                    clock.instant(), vem());
            return indikatorer.saveAndFlush(entity).toIndikator();
        }, i -> String.valueOf(i.id().value()), i -> indikatorer.findById(Long.parseLong(i)).orElseThrow().toIndikator());
    }

    private static void kravRimligt(@Nullable BigDecimal tal, String falt) {
        if (tal != null && (tal.abs().compareTo(STORST) >= 0 || Math.max(tal.scale(), 0) > 4)) {
            throw new PlanFelException(falt, "indikator.fel.tal-for-stort");
        }
    }

    private String vem() {
        return currentUser.get().map(user -> user.namn()).orElse("systemet");
    }
}
