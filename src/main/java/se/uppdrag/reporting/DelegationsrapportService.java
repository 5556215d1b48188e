package se.uppdrag.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.delegation.DelegationsbeslutService;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.DokumentPdf;
import se.uppdrag.dokument.DokumentXlsx;
import se.uppdrag.personer.Enhet;
import se.uppdrag.reporting.internal.Delegationsdokument;
import se.uppdrag.uppdrag.UppdragInstallningar;

/**
 * Delegationsbeslut för anmälan for a period and unit: on screen, as PDF/A and as XLSX, all from one document. For
 * registrators and administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('REGISTRATOR', 'ADMINISTRATOR')")
public class DelegationsrapportService {

    private final DelegationsbeslutService beslut;
    private final UppdragInstallningar installningar;
    private final Clock clock;

    DelegationsrapportService(DelegationsbeslutService beslut, UppdragInstallningar installningar, Clock clock) {
        this.beslut = beslut;
        this.installningar = installningar;
        this.clock = clock;
    }

    public Delegationsrapport rapport(Rapportperiod period, @Nullable Enhet enhet) {
        return Delegationsberakning.berakna(period, enhet == null ? null : enhet.visning(),
                beslut.beslut(period.fran(), period.till(), enhet == null ? null : enhet.id()));
    }

    public Rapportperiod standardperiod() {
        return Rapportperiod.halvaret(LocalDate.now(clock));
    }

    public List<Enhet> enheter() {
        return beslut.enheter();
    }

    public Dokument dokument(Delegationsrapport rapport, Locale locale) {
        return Delegationsdokument.av(rapport, Rapporttexter.pa(locale), installningar.organisation(), LocalDate.now(clock));
    }

    public byte[] pdf(Delegationsrapport rapport, Locale locale) {
        var texter = Rapporttexter.pa(locale);
        return DokumentPdf.skriv(dokument(rapport, locale), Delegationsdokument.rubrik(rapport, texter),
                texter.text("anmalan.rubrik"), DokumentPdf.Sida.LIGGANDE, texter.locale());
    }

    public byte[] xlsx(Delegationsrapport rapport, Locale locale) {
        return DokumentXlsx.skriv(dokument(rapport, locale));
    }
}
