package se.uppdrag.uppdrag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.uppdrag.uppdrag.internal.RemissvarEntity;
import se.uppdrag.uppdrag.internal.RemissvarRepository;
import se.uppdrag.uppdrag.process.Handelser;
import se.uppdrag.uppdrag.process.Livscykel;
import se.uppdrag.uppdrag.process.UppdragProcess;
import se.uppdrag.uppdrag.process.Uppgiftssteg;
import se.uppdrag.uppdrag.versioner.Versioner;

/** Beredning: sending the draft på remiss, the reviewers' answers, and ending a round. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RemissService {

    private final Uppgiftssteg steg;
    private final UppdragService uppdrag;
    private final PersonService personer;
    private final RemissvarRepository svar;
    private final Versioner versioner;
    private final Handelser handelser;
    private final CurrentUser currentUser;
    private final Clock clock;

    RemissService(Uppgiftssteg steg, UppdragService uppdrag, PersonService personer, RemissvarRepository svar,
            Versioner versioner, Handelser handelser, CurrentUser currentUser, Clock clock) {
        this.steg = steg;
        this.uppdrag = uppdrag;
        this.personer = personer;
        this.svar = svar;
        this.versioner = versioner;
        this.handelser = handelser;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends the draft to the chosen reviewers, who answer by the given date; the version sent is kept. */
    public void skickaPaRemiss(String taskId, List<PersonId> granskare, @Nullable LocalDate svarsdatum) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.UTKAST);
        if (granskare.isEmpty()) {
            throw new IllegalArgumentException("Välj minst en person att skicka remissen till");
        }
        personer.kravAktiva(granskare);
        if (svarsdatum == null || svarsdatum.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Svarsdatumet måste vara i dag eller senare");
        }
        var entity = steg.uppdrag(uppgift);
        var version = versioner.spara(uppdrag.hamta(new UppdragId(entity.id())), "REMISS");
        entity.status(UppdragStatus.PA_REMISS);
        var namn = personer.hamta(granskare).values().stream().map(p -> p.namn()).sorted().collect(Collectors.joining(", "));
        handelser.skriv(entity.id(), HandelseTyp.SKICKAT_PA_REMISS, namn + " (svar senast " + svarsdatum + ")", version);
        steg.slutfor(uppgift, Map.of(UppdragProcess.ATGARD, "REMISS",
                UppdragProcess.REMISSGRANSKARE, new ArrayList<>(granskare.stream().distinct().map(p -> String.valueOf(p.value())).toList()),
                UppdragProcess.SVARSTID, Livscykel.slutet(svarsdatum), UppdragProcess.REMISSVERSION, version));
    }

    /** A reviewer's answer; "ändringar behövs" needs a comment saying which. */
    public void svara(String taskId, Remissvar.Svar svaret, @Nullable String kommentar) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.REMISSVAR);
        if (svaret == Remissvar.Svar.ANDRINGAR_BEHOVS) {
            Uppgiftssteg.text(kommentar, "Skriv vilka ändringar som behövs");
        }
        var entity = steg.uppdrag(uppgift);
        var version = (Integer) steg.variabel(uppgift, UppdragProcess.REMISSVERSION);
        svar.save(new RemissvarEntity(entity.id(), version, currentUser.require().personId().value(), svaret, kommentar,
                clock.instant()));
        handelser.skriv(entity.id(), HandelseTyp.REMISSVAR,
                (svaret == Remissvar.Svar.GODKANT ? "Godkänt" : "Ändringar behövs") + (kommentar == null || kommentar.isBlank() ? "" : ": " + kommentar.strip()),
                version);
        steg.slutfor(uppgift, Map.of());
    }

    /**
     * The round the owner follows, for the owner's task "Följ remissen": who was asked, who answered what and when, and
     * who has not answered by now.
     */
    @Transactional(readOnly = true)
    public Remissrunda remissrunda(String taskId) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.REMISSUPPFOLJNING);
        var entity = steg.uppdrag(uppgift);
        var version = (Integer) steg.variabel(uppgift, UppdragProcess.REMISSVERSION);
        var svarstid = (java.util.Date) steg.variabel(uppgift, UppdragProcess.SVARSTID);
        @SuppressWarnings("unchecked")
        var tillfragade = ((List<String>) steg.variabel(uppgift, UppdragProcess.REMISSGRANSKARE)).stream()
                .map(p -> new PersonId(Long.parseLong(p))).toList();
        var rundansSvar = svar.findByUppdragIdOrderByTidpunktAsc(entity.id()).stream().filter(s -> s.version() == version).toList();
        var svarande = rundansSvar.stream().map(s -> new PersonId(s.personId())).toList();
        var namn = personer.hamta(java.util.stream.Stream.concat(tillfragade.stream(), svarande.stream()).collect(Collectors.toSet()));
        var svarSenast = svarstid.toInstant().atZone(clock.getZone()).toLocalDate();
        return new Remissrunda(version, svarSenast, LocalDate.now(clock).isAfter(svarSenast),
                rundansSvar.stream().map(s -> s.toRemissvar(namn.get(new PersonId(s.personId())).namn())).toList(),
                tillfragade.stream().filter(p -> !svarande.contains(p)).map(p -> namn.get(p).namn()).toList());
    }

    /** The owner ends the round before everyone has answered. */
    public void avslutaRemissen(String taskId) {
        steg.slutfor(steg.uppgift(taskId, UppdragProcess.REMISSUPPFOLJNING), Map.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
    public List<Remissvar> remissvar(UppdragId id) {
        var alla = svar.findByUppdragIdOrderByTidpunktAsc(id.value());
        var namn = personer.hamta(alla.stream().map(s -> new PersonId(s.personId())).collect(Collectors.toSet()));
        return alla.stream().map(s -> s.toRemissvar(namn.get(new PersonId(s.personId())).namn())).toList();
    }
}
