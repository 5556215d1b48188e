package se.uppdrag.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.dokument.DokumentXlsx;
import se.uppdrag.reporting.internal.Handelseloggdokument;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.HandelseloggFilter;
import se.uppdrag.uppdrag.HandelseloggUnderlagService;
import se.uppdrag.uppdrag.UppdragInstallningar;
import se.uppdrag.uppdrag.UppdragListaService;
import se.uppdrag.uppdrag.UppdragRef;

/**
 * The Händelselogg: every recorded action on every uppdrag and its tasks, by person, uppdrag and period, a page at a
 * time on screen and as XLSX (the newest {@link HandelseloggUnderlagService#MAX_SIDA}). Administrators only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class HandelseloggService {

    private final HandelseloggUnderlagService underlag;
    private final UppdragListaService uppdrag;
    private final UppdragInstallningar installningar;
    private final Clock clock;

    HandelseloggService(HandelseloggUnderlagService underlag, UppdragListaService uppdrag, UppdragInstallningar installningar,
            Clock clock) {
        this.underlag = underlag;
        this.uppdrag = uppdrag;
        this.installningar = installningar;
        this.clock = clock;
    }

    /** The last 30 days, everybody's, every uppdrag's. */
    public HandelseloggFilter standardfilter() {
        var idag = LocalDate.now(clock);
        return new HandelseloggFilter(null, null, idag.minusDays(30), idag);
    }

    public List<Loggrad> sida(HandelseloggFilter filter, Pageable sida, Locale locale) {
        var texter = Rapporttexter.pa(locale);
        var tid = Tidsformat.av(clock);
        return underlag.sida(filter, sida).stream().map(h -> Handelseloggberakning.rad(h, texter, tid)).toList();
    }

    /** Uppdrag whose title or diarienummer contains the text, to filter by (at most 50). */
    public List<UppdragRef> sokUppdrag(String text) {
        return uppdrag.sokReferenser(text, 50);
    }

    public long antal(HandelseloggFilter filter) {
        return underlag.antal(filter);
    }

    /** The events the filter matches as a spreadsheet: the newest {@link HandelseloggUnderlagService#MAX_SIDA}. */
    public byte[] xlsx(HandelseloggFilter filter, Locale locale) {
        var rader = sida(filter, Pageable.ofSize(HandelseloggUnderlagService.MAX_SIDA), locale);
        return DokumentXlsx.skriv(Handelseloggdokument.av(filter, rader, antal(filter), Rapporttexter.pa(locale),
                installningar.organisation(), LocalDate.now(clock)));
    }
}
