package se.uppdrag.uppdrag;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.SlutrapportEntity;
import se.uppdrag.uppdrag.internal.SlutrapportRepository;
import se.uppdrag.uppdrag.internal.StatusrapportEntity;
import se.uppdrag.uppdrag.internal.StatusrapportRepository;
import se.uppdrag.uppdrag.process.Handelser;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.uppdrag.process.UppdragNotiser;
import se.uppdrag.uppdrag.process.UppdragProcess;
import se.uppdrag.uppdrag.process.Uppgiftssteg;

/** Genomförande: activities done, status reports, the final report and the decision on it. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class GenomforandeService {

    private final Uppgiftssteg steg;
    private final StatusrapportRepository statusrapporter;
    private final SlutrapportRepository slutrapporter;
    private final PersonService personer;
    private final Handelser handelser;
    private final CurrentUser currentUser;
    private final UppdragNotiser notiser;
    private final Bilageregler bilageregler;
    private final Clock clock;

    GenomforandeService(Uppgiftssteg steg, StatusrapportRepository statusrapporter, SlutrapportRepository slutrapporter,
            PersonService personer, Handelser handelser, CurrentUser currentUser, UppdragNotiser notiser,
            Bilageregler bilageregler, Clock clock) {
        this.notiser = notiser;
        this.bilageregler = bilageregler;
        this.steg = steg;
        this.statusrapporter = statusrapporter;
        this.slutrapporter = slutrapporter;
        this.personer = personer;
        this.handelser = handelser;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void slutforAktivitet(String taskId, @Nullable String kommentar) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.AKTIVITET);
        var entity = steg.uppdrag(uppgift);
        // the multi-instance element: the activity's index in the tidplan, which cannot change after the decision
        var index = Integer.parseInt(String.valueOf(steg.uppgiftsvariabel(uppgift, UppdragProcess.AKTIVITETSINDEX)));
        var namn = entity.aktiviteter().get(index).namn();
        entity.aktivitetKlar(index, clock.instant());
        handelser.skriv(entity.id(), HandelseTyp.AKTIVITET_KLAR,
                kommentar == null || kommentar.isBlank() ? namn : namn + ": " + kommentar.strip(), null);
        steg.slutfor(uppgift, Map.of());
    }

    public void lamnaStatusrapport(String taskId, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.STATUSRAPPORT);
        var text = Uppgiftssteg.text(kommentar, "Kommentera hur arbetet går");
        var entity = steg.uppdrag(uppgift);
        statusrapporter.save(new StatusrapportEntity(entity.id(), currentUser.require().personId().value(), clock.instant(),
                ljus, trend, text));
        handelser.skriv(entity.id(), HandelseTyp.STATUSRAPPORT, ljus.name() + ", " + trend.name() + ": " + text, null);
        steg.slutfor(uppgift, Map.of());
    }

    /** The final report; each attachment is checked against the rules here too, whatever the form let through. */
    public void lamnaSlutrapport(String taskId, @Nullable String text, List<Bilaga> bilagor) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.SLUTRAPPORT);
        bilagor.forEach(bilageregler::kontrollera);
        var rapport = Uppgiftssteg.text(text, "Skriv slutrapporten eller en sammanfattning av bilagorna");
        var entity = steg.uppdrag(uppgift);
        slutrapporter.save(new SlutrapportEntity(entity.id(), currentUser.require().personId().value(), clock.instant(),
                rapport, bilagor));
        entity.status(UppdragStatus.SLUTRAPPORT_INLAMNAD);
        handelser.skriv(entity.id(), HandelseTyp.SLUTRAPPORT_INLAMNAD,
                bilagor.isEmpty() ? null : bilagor.stream().map(Bilaga::filnamn).collect(Collectors.joining(", ")), null);
        steg.slutfor(uppgift, Map.of(UppdragProcess.SLUTRAPPORTUTFALL, UppdragProcess.VANTAR));
    }

    /** Godkänn closes the uppdrag; komplettering (with a comment on what is missing) sends it back. */
    public void beslutaOmSlutrapport(String taskId, boolean godkann, @Nullable String kommentar) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.BESLUT_OM_SLUTRAPPORT);
        var entity = steg.uppdrag(uppgift);
        if (godkann) {
            entity.status(UppdragStatus.AVSLUTAT);
            handelser.skriv(entity.id(), HandelseTyp.SLUTRAPPORT_GODKAND, kommentar, null);
            notiser.handelse(entity, MailTyp.UPPDRAG_AVSLUTAT, kommentar, "avslutat");
            steg.satt(uppgift, UppdragProcess.SLUTRAPPORTUTFALL, "GODKAND");
        } else {
            var vad = Uppgiftssteg.text(kommentar, "Skriv vad som behöver kompletteras");
            entity.status(UppdragStatus.PAGAENDE);
            handelser.skriv(entity.id(), HandelseTyp.KOMPLETTERING_BEGARD, vad, null);
            steg.satt(uppgift, UppdragProcess.SLUTRAPPORTUTFALL, "KOMPLETTERING");
        }
        steg.slutfor(uppgift, Map.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public List<Statusrapport> statusrapporter(UppdragId id) {
        var alla = statusrapporter.findByUppdragIdOrderByTidpunktDesc(id.value());
        var namn = personer.hamta(alla.stream().map(s -> new PersonId(s.personId())).collect(Collectors.toSet()));
        return alla.stream().map(s -> s.toStatusrapport(namn.get(new PersonId(s.personId())).namn())).toList();
    }

    /** Every final report handed in, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public List<Slutrapport> slutrapporter(UppdragId id) {
        var alla = slutrapporter.findByUppdragIdOrderByTidpunktDesc(id.value());
        var namn = personer.hamta(alla.stream().map(s -> new PersonId(s.personId())).collect(Collectors.toSet()));
        return alla.stream().map(s -> s.toSlutrapport(namn.get(new PersonId(s.personId())).namn())).toList();
    }
}
