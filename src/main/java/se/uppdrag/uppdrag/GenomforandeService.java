package se.uppdrag.uppdrag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.uppdrag.internal.SlutrapportEntity;
import se.uppdrag.uppdrag.internal.SlutrapportRepository;
import se.uppdrag.uppdrag.internal.StatusrapportRepository;
import se.uppdrag.uppdrag.internal.UppdragRepository;
import se.uppdrag.uppdrag.process.Beslutsutfall;
import se.uppdrag.uppdrag.process.Uppgiftssteg;

/** Genomförande: activities done, status reports, the final report and the decision on it. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class GenomforandeService {

    private final Uppgiftssteg steg;
    private final UppdragRepository repository;
    private final StatusrapportRepository statusrapporter;
    private final SlutrapportRepository slutrapporter;
    private final PersonService personer;
    private final CurrentUser currentUser;
    private final Beslutande beslutande;
    private final Bilageregler bilageregler;
    private final Clock clock;

    private final Inlamningar inlamningar;
    private final Statusrapportskrivare skrivare;

    GenomforandeService(Uppgiftssteg steg, UppdragRepository repository, StatusrapportRepository statusrapporter,
            SlutrapportRepository slutrapporter, PersonService personer, CurrentUser currentUser, Beslutande beslutande, Bilageregler bilageregler,
            Clock clock, Inlamningar inlamningar, Statusrapportskrivare skrivare) {
        this.inlamningar = inlamningar;
        this.skrivare = skrivare;
        this.steg = steg;
        this.repository = repository;
        this.statusrapporter = statusrapporter;
        this.slutrapporter = slutrapporter;
        this.personer = personer;
        this.currentUser = currentUser;
        this.beslutande = beslutande;
        this.bilageregler = bilageregler;
        this.clock = clock;
    }

    public void slutforAktivitet(String taskId, @Nullable String kommentar) {
        slutforAktivitet(taskId, kommentar, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void slutforAktivitet(String taskId, @Nullable String kommentar, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.AKTIVITET);
            var entity = steg.uppdrag(uppgift);
            // the activity's index in the tidplan, which cannot change after the decision
            entity.aktivitetKlar(steg.aktivitetsindex(uppgift), clock.instant(), kommentar);
            repository.save(entity);
            steg.slutfor(uppgift);
        });
    }

    public void lamnaStatusrapport(String taskId, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar) {
        lamnaStatusrapport(taskId, ljus, trend, kommentar, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void lamnaStatusrapport(String taskId, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar,
            @Nullable UUID nyckel) {
        lamnaStatusrapport(taskId, ljus, trend, kommentar, Statusrapport.Resultat.INGET, nyckel);
    }

    /** The same with the money as the reporter sees it. */
    public void lamnaStatusrapport(String taskId, Statusrapport.Ljus ljus, Statusrapport.Trend trend, @Nullable String kommentar,
            Statusrapport.Resultat ekonomi, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.STATUSRAPPORT);
            skrivare.skriv(steg.uppdrag(uppgift), ljus, trend, kommentar, ekonomi);
            steg.slutfor(uppgift);
        });
    }

    /** The final report; each attachment is checked against the rules here too, whatever the form let through. */
    public void lamnaSlutrapport(String taskId, @Nullable String text, List<Bilaga> bilagor) {
        lamnaSlutrapport(taskId, text, bilagor, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void lamnaSlutrapport(String taskId, @Nullable String text, List<Bilaga> bilagor, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.SLUTRAPPORT);
            bilagor.forEach(bilageregler::kontrollera);
            var rapport = Uppgiftssteg.text(text, "genomforande.fel.slutrapport");
            var entity = steg.uppdrag(uppgift);
            slutrapporter.save(new SlutrapportEntity(entity.id(), currentUser.require().personId().value(), clock.instant(),
                    rapport, bilagor));
            entity.lamnaSlutrapport(bilagor.isEmpty() ? null : bilagor.stream().map(Bilaga::filnamn).collect(Collectors.joining(", ")));
            repository.save(entity);
            steg.slutrapportLamnad(uppgift);
        });
    }

    /** Godkänn closes the uppdrag; komplettering (with a comment on what is missing) sends it back. */
    public void beslutaOmSlutrapport(String taskId, boolean godkann, @Nullable String kommentar) {
        beslutaOmSlutrapport(taskId, godkann, kommentar, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    public void beslutaOmSlutrapport(String taskId, boolean godkann, @Nullable String kommentar, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "uppgift:" + taskId, () -> {
            var uppgift = steg.uppgift(taskId, Uppgiftstyp.BESLUT_OM_SLUTRAPPORT);
            var entity = steg.uppdrag(uppgift);
            var beslutsfattare = beslutande.kontrollera(uppgift, entity).beslutsfattare();
            Beslutsutfall utfall;
            if (!godkann) {
                entity.begarKomplettering(Uppgiftssteg.text(kommentar, "genomforande.fel.komplettering"));
                utfall = Beslutsutfall.ATERREMITTERAT;
            } else if (entity.beslutar(steg.slutrapportGodkandAv(uppgift, beslutsfattare).stream().map(PersonId::value).toList())) {
                entity.godkannSlutrapport(kommentar);
                utfall = Beslutsutfall.FASTSTALLT;
            } else {
                entity.slutrapportGodkandAv(kommentar);
                utfall = Beslutsutfall.VANTAR;
            }
            repository.save(entity);
            steg.slutrapportBeslutad(uppgift, utfall);
        });
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
