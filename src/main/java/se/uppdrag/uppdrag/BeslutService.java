package se.uppdrag.uppdrag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import se.uppdrag.uppdrag.internal.BeslutsfattareRad;
import se.uppdrag.uppdrag.internal.UppdragEntity;
import se.uppdrag.uppdrag.process.Handelser;
import se.uppdrag.uppdrag.process.UppdragNotiser;
import se.uppdrag.uppdrag.process.UppdragProcess;
import se.uppdrag.uppdrag.process.Uppgiftssteg;
import se.uppdrag.uppdrag.versioner.Versioner;
import se.uppdrag.workflow.Uppgift;

/**
 * Beslut: sending the uppdrag för beslut and each beslutsfattare's decision. All must fastställa unless one who
 * decides alone does; the last needed fastställande stamps the decision date and who decided.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BeslutService {

    private final Uppgiftssteg steg;
    private final UppdragService uppdrag;
    private final PersonService personer;
    private final Versioner versioner;
    private final Handelser handelser;
    private final CurrentUser currentUser;
    private final UppdragNotiser notiser;
    private final Clock clock;

    BeslutService(Uppgiftssteg steg, UppdragService uppdrag, PersonService personer, Versioner versioner,
            Handelser handelser, CurrentUser currentUser, UppdragNotiser notiser, Clock clock) {
        this.notiser = notiser;
        this.steg = steg;
        this.uppdrag = uppdrag;
        this.personer = personer;
        this.versioner = versioner;
        this.handelser = handelser;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends the draft för beslut from its owner's task "Bearbeta utkastet". Refused with {@link SaknasForBeslutException}
     * while it lacks what {@link Beslutskrav} requires: a slutleverans that has already passed is refused rather than
     * confirmed, since the uppdrag would be late from the day it is decided and the beslutsfattare would sign a date that
     * cannot be met.
     */
    public void skickaForBeslut(String taskId) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.UTKAST);
        var entity = steg.uppdrag(uppgift);
        var handling = uppdrag.hamta(new UppdragId(entity.id()));
        var saknas = Beslutskrav.saknas(handling, LocalDate.now(clock));
        if (!saknas.isEmpty()) {
            throw new SaknasForBeslutException(saknas);
        }
        var version = versioner.spara(handling, "BESLUT");
        entity.status(UppdragStatus.FOR_BESLUT);
        handelser.skriv(entity.id(), HandelseTyp.SKICKAT_FOR_BESLUT, null, version);
        steg.slutfor(uppgift, Map.of(UppdragProcess.ATGARD, "BESLUT",
                UppdragProcess.BESLUTSFATTARNA, new ArrayList<>(entity.beslutsfattare().stream().map(b -> String.valueOf(b.personId())).toList()),
                UppdragProcess.BESLUTSUTFALL, UppdragProcess.VANTAR, UppdragProcess.FASTSTALLDA, new ArrayList<String>()));
    }

    /** The same from the editor: the current user's task "Bearbeta utkastet" of the uppdrag. */
    public void skickaForBeslut(UppdragId id) {
        skickaForBeslut(steg.minUppgift(id.value(), UppdragProcess.UTKAST)
                .orElseThrow(() -> new se.uppdrag.workflow.UppgiftNekadException("Utkastet väntar inte på dig")).id());
    }

    /** Whether the current user has the draft's task "Bearbeta utkastet", so that the editor may offer to send it. */
    @Transactional(readOnly = true)
    public boolean kanSkickasForBeslut(UppdragId id) {
        return steg.minUppgift(id.value(), UppdragProcess.UTKAST).isPresent();
    }

    /** Återremittera needs a comment saying what to change, avslå the reason. */
    public void besluta(String taskId, Beslut beslut, @Nullable String kommentar) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.BESLUT);
        var entity = steg.uppdrag(uppgift);
        var version = versioner.senaste(entity.id());
        switch (beslut) {
            case AVSLA -> {
                var skal = Uppgiftssteg.text(kommentar, "Skriv skälet till avslaget");
                entity.status(UppdragStatus.AVSLAGET);
                handelser.skriv(entity.id(), HandelseTyp.AVSLAGET, skal, version);
                notiser.beslutFattat(entity, "avslaget", skal, version);
                steg.satt(uppgift, UppdragProcess.BESLUTSUTFALL, "AVSLAGET");
            }
            case ATERREMITTERA -> {
                var vad = Uppgiftssteg.text(kommentar, "Skriv vad som behöver ändras innan uppdraget kan fastställas");
                handelser.skriv(entity.id(), HandelseTyp.ATERREMITTERAT, vad, version);
                notiser.beslutFattat(entity, "återremitterat", vad, version);
                steg.satt(uppgift, UppdragProcess.BESLUTSUTFALL, "ATERREMITTERAT");
            }
            case FASTSTALL -> faststall(uppgift, entity, kommentar, version);
        }
        steg.slutfor(uppgift, Map.of());
    }

    private void faststall(Uppgift uppgift, UppdragEntity entity, @Nullable String kommentar, int version) {
        var jag = currentUser.require().personId().value();
        @SuppressWarnings("unchecked")
        var faststallda = new LinkedHashSet<>((List<String>) steg.variabel(uppgift, UppdragProcess.FASTSTALLDA));
        faststallda.add(String.valueOf(jag));
        steg.satt(uppgift, UppdragProcess.FASTSTALLDA, new ArrayList<>(faststallda));
        handelser.skriv(entity.id(), HandelseTyp.FASTSTALLT_AV, kommentar, version);
        var beslutsfattare = entity.beslutsfattare();
        var ensam = beslutsfattare.stream().anyMatch(b -> b.personId() == jag && b.beslutarEnsam());
        var alla = beslutsfattare.stream().map(BeslutsfattareRad::personId).map(String::valueOf).allMatch(faststallda::contains);
        if (ensam || alla) {
            var beslutade = ensam ? List.of(String.valueOf(jag)) : List.copyOf(faststallda);
            entity.faststallt(LocalDate.now(clock), namn(beslutade));
            handelser.skriv(entity.id(), HandelseTyp.FASTSTALLT, null, version);
            steg.satt(uppgift, UppdragProcess.BESLUTSUTFALL, "FASTSTALLT");
        }
    }

    public void bekraftaRegistrering(String taskId) {
        var uppgift = steg.uppgift(taskId, UppdragProcess.BEKRAFTA_REGISTRERING);
        handelser.skriv(steg.uppdrag(uppgift).id(), HandelseTyp.REGISTRERING_BEKRAFTAD);
        steg.slutfor(uppgift, Map.of());
    }

    private String namn(List<String> personIds) {
        var personerna = personer.hamta(personIds.stream().map(id -> new PersonId(Long.parseLong(id))).collect(Collectors.toSet()));
        var namn = personIds.stream().map(id -> personerna.get(new PersonId(Long.parseLong(id))).namn()).toList();
        return namn.size() == 1 ? namn.getFirst() : String.join(", ", namn.subList(0, namn.size() - 1)) + " och " + namn.getLast();
    }
}
