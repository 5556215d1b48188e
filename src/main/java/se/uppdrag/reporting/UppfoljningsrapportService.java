package se.uppdrag.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.dokument.DokumentPdf;
import se.uppdrag.dokument.DokumentXlsx;
import se.uppdrag.plan.Plankatalog;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.uppdrag.UppdragInstallningar;
import se.uppdrag.uppdrag.UppfoljningsunderlagService;

/**
 * The uppföljningsrapport of a period and unit, on screen and as PDF/A and XLSX. It covers the uppdrag the user may
 * read: every uppdrag for registrators and administrators, one's own for everybody else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UppfoljningsrapportService {

    private final UppfoljningsunderlagService underlag;
    private final UppdragInstallningar installningar;
    private final Clock clock;
    private final Plankatalog planer;

    UppfoljningsrapportService(UppfoljningsunderlagService underlag, UppdragInstallningar installningar, Clock clock,
            Plankatalog planer) {
        this.planer = planer;
        this.underlag = underlag;
        this.installningar = installningar;
        this.clock = clock;
    }

    public Uppfoljningsrapport rapport(Rapportperiod period, @Nullable String enhet) {
        return berakna(period, enhet, underlag.underlag(period.fran(), period.till(), enhet));
    }

    /** Over every uppdrag, whoever asks: a period report's data ({@link PeriodrapportService} checks who reads it). */
    Uppfoljningsrapport forPeriodrapport(Rapportperiod period, @Nullable String enhet) {
        return berakna(period, enhet, underlag.underlagForPeriodrapport(period.fran(), period.till(), enhet));
    }

    private Uppfoljningsrapport berakna(Rapportperiod period, @Nullable String enhet,
            List<se.uppdrag.uppdrag.Uppfoljningsunderlag> alla) {
        var planIds = alla.stream().map(u -> u.plan().plan()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return Uppfoljningsberakning.berakna(period, enhet, LocalDate.now(clock), clock.getZone(), alla, planer.hamta(planIds),
                planer.indikatorer(planIds));
    }

    /** The half-year that is running today: the default period. */
    public Rapportperiod standardperiod() {
        return Rapportperiod.halvaret(LocalDate.now(clock));
    }

    public List<String> enheter() {
        return underlag.enheter();
    }

    public byte[] pdf(Uppfoljningsrapport rapport, Locale locale) {
        var texter = Rapporttexter.pa(locale);
        return DokumentPdf.skriv(dokument(rapport, texter), texter.text("rapport.rubrik") + " – "
                + Uppfoljningsdokument.period(rapport, texter), texter.text("rapport.rubrik"), DokumentPdf.Sida.LIGGANDE,
                texter.locale());
    }

    public byte[] xlsx(Uppfoljningsrapport rapport, Locale locale) {
        return DokumentXlsx.skriv(dokument(rapport, Rapporttexter.pa(locale)));
    }

    private se.uppdrag.dokument.Dokument dokument(Uppfoljningsrapport rapport, Rapporttexter texter) {
        return Uppfoljningsdokument.av(rapport, texter, installningar.organisation(), LocalDate.now(clock));
    }
}
