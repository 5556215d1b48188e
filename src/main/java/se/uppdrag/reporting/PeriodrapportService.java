package se.uppdrag.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.DokumentPdf;
import se.uppdrag.dokument.DokumentXlsx;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.notification.Adressat;
import se.uppdrag.notification.MailMallar;
import se.uppdrag.notification.MailTyp;
import se.uppdrag.notification.Mailbilaga;
import se.uppdrag.notification.Notis;
import se.uppdrag.notification.NotisService;
import se.uppdrag.personer.PersonId;
import se.uppdrag.personer.PersonService;
import se.uppdrag.reporting.Periodrapport.Status;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.reporting.internal.Dokumentlagring;
import se.uppdrag.reporting.internal.PeriodrapportEntity;
import se.uppdrag.reporting.internal.PeriodrapportInnehallEntity;
import se.uppdrag.reporting.internal.PeriodrapportInnehallRepository;
import se.uppdrag.reporting.internal.PeriodrapportRepository;
import se.uppdrag.reporting.internal.Periodrapportprocessen;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.Roller;
import se.uppdrag.security.Rollinnehavare;
import se.uppdrag.uppdrag.UppdragInstallningar;

/**
 * The uppföljningsrapport of a period as a work product (issue 14, item 6), carried by its own small process
 * ({@code processes/uppfoljningsrapport.bpmn20.xml}):
 * <ol>
 * <li>a registrator or administrator starts it for a period and unit and names its decision-maker, who must be someone
 * else with a login; the starter is its compiler;</li>
 * <li>the compiler reads the draft, drawn from the data over every uppdrag, writes a summary per plan and målområde and
 * marks it ready: its document is kept from then on as it stood, so the decision-maker approves exactly what was
 * compiled;</li>
 * <li>the decision-maker, and only they, approves it, or sends it back with a reason (a draft again, drawn from the
 * data); approved, it is frozen as PDF/A and XLSX and never changes again, whatever later happens to the uppdrag.</li>
 * </ol>
 * The compiler, the decision-maker, registrators and administrators read it; nobody else. What it keeps (the document,
 * the PDF and the XLSX) is read only by the steps and downloads that need it, never by {@link #lista}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PeriodrapportService {

    /** The report is the region's record and is written in Swedish, as the uppdragshandling is. */
    private static final Rapporttexter SVENSKA = Rapporttexter.pa(Rapporttexter.SVENSKA);

    private final PeriodrapportRepository rapporter;
    private final PeriodrapportInnehallRepository innehall;
    private final Periodrapportprocessen processen;
    private final UppfoljningsrapportService uppfoljning;
    private final CurrentUser currentUser;
    private final PersonService personer;
    private final Rollinnehavare roller;
    private final Inlamningar inlamningar;
    private final NotisService notiser;
    private final MailMallar mallar;
    private final UppdragInstallningar installningar;
    private final Clock clock;

    PeriodrapportService(PeriodrapportRepository rapporter, PeriodrapportInnehallRepository innehall,
            Periodrapportprocessen processen, UppfoljningsrapportService uppfoljning, CurrentUser currentUser,
            PersonService personer, Rollinnehavare roller, Inlamningar inlamningar, NotisService notiser, MailMallar mallar,
            UppdragInstallningar installningar, Clock clock) {
        this.rapporter = rapporter;
        this.innehall = innehall;
        this.processen = processen;
        this.uppfoljning = uppfoljning;
        this.currentUser = currentUser;
        this.personer = personer;
        this.roller = roller;
        this.inlamningar = inlamningar;
        this.notiser = notiser;
        this.mallar = mallar;
        this.installningar = installningar;
        this.clock = clock;
    }

    /** What a new period report needs: a title, the period, the unit (null for all) and the decision-maker. */
    public record Ny(String titel, @Nullable Rapportperiod period, @Nullable String enhet, @Nullable PersonId beslutsfattare) {
    }

    /** The reports the user may read, the latest period first. */
    @Transactional(readOnly = true)
    public List<Periodrapport> lista() {
        var jag = currentUser.require();
        var egna = rapporter.findAllByOrderByPeriodTillDescIdDesc().stream().filter(r -> farLasa(r, jag)).toList();
        return somPeriodrapporter(egna);
    }

    /** Whether the user may start period reports (registrators and administrators). */
    @Transactional(readOnly = true)
    public boolean farStarta() {
        var jag = currentUser.require();
        return jag.har(Roller.REGISTRATOR) || jag.har(Roller.ADMINISTRATOR);
    }

    @PreAuthorize("hasAnyRole('REGISTRATOR', 'ADMINISTRATOR')")
    public Periodrapport starta(Ny ny, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "periodrapport.starta", () -> {
            var jag = currentUser.require();
            if (ny.titel().isBlank()) {
                throw new PeriodrapportFelException("titel", "periodrapport.fel.titel-saknas");
            }
            if (ny.titel().strip().length() > 300) {
                throw new PeriodrapportFelException("titel", "periodrapport.fel.titel-lang");
            }
            if (ny.period() == null) {
                throw new PeriodrapportFelException("period", "rapport.fel.period-saknas");
            }
            var beslutsfattare = ny.beslutsfattare();
            if (beslutsfattare == null) {
                throw new PeriodrapportFelException("beslutsfattare", "periodrapport.fel.beslutsfattare-saknas");
            }
            if (beslutsfattare.equals(jag.personId())) {
                throw new PeriodrapportFelException("beslutsfattare", "periodrapport.fel.beslutsfattare-sjalv");
            }
            if (!roller.medRoll(Roller.ANVANDARE).contains(beslutsfattare)) {
                throw new PeriodrapportFelException("beslutsfattare", "periodrapport.fel.beslutsfattare-utan-inloggning");
            }
            personer.kravAktiva(List.of(beslutsfattare));
            var enhet = ny.enhet() == null || ny.enhet().isBlank() ? null : ny.enhet().strip();
            var entity = rapporter.saveAndFlush(new PeriodrapportEntity(ny.titel().strip(), ny.period(), enhet,
                    jag.personId().value(), beslutsfattare.value(), clock.instant()));
            processen.starta(Objects.requireNonNull(entity.id()), jag.personId(), beslutsfattare);
            return somPeriodrapport(entity);
        }, r -> String.valueOf(r.id().value()), id -> somPeriodrapport(rapporter.findById(Long.parseLong(id)).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public Periodrapport hamta(PeriodrapportId id) {
        return somPeriodrapport(lasbar(id));
    }

    /**
     * The report's figures as they stand now, drawn from the data (for the draft, and its summaries' parts); a report
     * marked ready or approved is read by {@link #dokument} instead, as it was kept.
     */
    @Transactional(readOnly = true)
    public Uppfoljningsrapport underlag(PeriodrapportId id) {
        var entity = lasbar(id);
        return uppfoljning.forPeriodrapport(entity.period(), entity.enhet());
    }

    /** The report's document: kept as marked ready or approved, otherwise the draft drawn from the data now. */
    @Transactional(readOnly = true)
    public Dokument dokument(PeriodrapportId id) {
        var entity = lasbar(id);
        return entity.status() != Status.UTKAST ? sparatDokument(entity) : utkast(entity, entity.sammanfattningar());
    }

    /** The compiler's summaries per plan and målområde, saved while it is a draft. */
    public Periodrapport sparaSammanfattningar(PeriodrapportId id, long version, Map<Placering, String> texter,
            @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "periodrapport.sammanfattningar", () -> {
            var entity = somSammanstallare(id, version);
            entity.skrivSammanfattningar(kontrollerade(texter));
            return somPeriodrapport(rapporter.saveAndFlush(entity));
        }, r -> String.valueOf(r.id().value()), text -> hamta(id));
    }

    /**
     * Ready: the summaries are saved and the document kept as it now stands, with the day its figures stand on (the
     * period's last day, or today while the period runs); the decision-maker is asked to approve it.
     */
    public Periodrapport markeraKlar(PeriodrapportId id, long version, Map<Placering, String> texter, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "periodrapport.klar", () -> {
            var entity = somSammanstallare(id, version);
            var uppgift = processen.oppenUppgift(id.value(), Periodrapportprocessen.SAMMANSTALLNING)
                    .orElseThrow(() -> new PeriodrapportFelException("status", "periodrapport.fel.inte-utkast"));
            entity.skrivSammanfattningar(kontrollerade(texter));
            var rapport = uppfoljning.forPeriodrapport(entity.period(), entity.enhet());
            var sparat = innehall.findById(id.value()).orElseGet(() -> new PeriodrapportInnehallEntity(id.value()));
            entity.klarmarkera(sparat, Dokumentlagring.json(dokument(entity, rapport, entity.sammanfattningar())), rapport.per(),
                    clock.instant());
            rapporter.saveAndFlush(entity);
            innehall.saveAndFlush(sparat);
            processen.klar(uppgift);
            return somPeriodrapport(entity);
        }, r -> String.valueOf(r.id().value()), text -> hamta(id));
    }

    /**
     * Approved by its decision-maker: the kept document, with the approval on its first page, is written as PDF/A and
     * XLSX and frozen; the compiler is told, with the approved PDF.
     */
    public Periodrapport godkann(PeriodrapportId id, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "periodrapport.godkann", () -> {
            var entity = somBeslutsfattare(id);
            var uppgift = processen.oppenUppgift(id.value(), Periodrapportprocessen.GODKANNANDE)
                    .orElseThrow(() -> new PeriodrapportFelException("status", "periodrapport.fel.inte-klar"));
            var jag = currentUser.require();
            var nu = clock.instant();
            var sparat = sparat(entity);
            var kept = Dokumentlagring.las(Objects.requireNonNull(sparat.dokument()));
            var huvud = new ArrayList<>(kept.huvud());
            huvud.add(SVENSKA.text("periodrapport.godkand-rad", LocalDate.ofInstant(nu, clock.getZone()).toString(),
                    jag.namn()));
            var godkand = new Dokument(huvud, kept.sektioner(), kept.sidmarkering());
            var pdf = DokumentPdf.skriv(godkand, entity.titel(), SVENSKA.text("rapport.rubrik"),
                    DokumentPdf.Sida.LIGGANDE);
            var xlsx = DokumentXlsx.skriv(godkand);
            entity.godkann(sparat, Dokumentlagring.json(godkand), pdf, xlsx, nu);
            rapporter.saveAndFlush(entity);
            innehall.saveAndFlush(sparat);
            processen.godkand(uppgift);
            meddelaGodkand(entity, jag, pdf);
            return somPeriodrapport(entity);
        }, r -> String.valueOf(r.id().value()), text -> hamta(id));
    }

    /** Sent back by its decision-maker with a reason: a draft again, drawn from the data, and the compiler's task again. */
    public Periodrapport aterremittera(PeriodrapportId id, String kommentar, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "periodrapport.aterremittera", () -> {
            var entity = somBeslutsfattare(id);
            if (kommentar.isBlank()) {
                throw new PeriodrapportFelException("kommentar", "periodrapport.fel.kommentar-saknas");
            }
            if (kommentar.strip().length() > 2000) {
                throw new PeriodrapportFelException("kommentar", "periodrapport.fel.kommentar-lang");
            }
            var uppgift = processen.oppenUppgift(id.value(), Periodrapportprocessen.GODKANNANDE)
                    .orElseThrow(() -> new PeriodrapportFelException("status", "periodrapport.fel.inte-klar"));
            var sparat = sparat(entity);
            entity.aterremittera(sparat, kommentar.strip());
            rapporter.saveAndFlush(entity);
            innehall.saveAndFlush(sparat);
            processen.aterremitterad(uppgift, kommentar.strip());
            return somPeriodrapport(entity);
        }, r -> String.valueOf(r.id().value()), text -> hamta(id));
    }

    /** The approved PDF/A as frozen; before approval, the document as it stands now, marked as a draft on every page. */
    @Transactional(readOnly = true)
    public byte[] pdf(PeriodrapportId id) {
        var entity = lasbar(id);
        if (entity.status() == Status.GODKAND) {
            return Objects.requireNonNull(sparat(entity).pdf());
        }
        return DokumentPdf.skriv(dokument(id).medSidmarkering(SVENSKA.text("periodrapport.ej-godkand")),
                entity.titel(), SVENSKA.text("rapport.rubrik"), DokumentPdf.Sida.LIGGANDE);
    }

    /** The approved XLSX as frozen; before approval, the document as it stands now, marked as a draft. */
    @Transactional(readOnly = true)
    public byte[] xlsx(PeriodrapportId id) {
        var entity = lasbar(id);
        if (entity.status() == Status.GODKAND) {
            return Objects.requireNonNull(sparat(entity).xlsx());
        }
        return DokumentXlsx.skriv(dokument(id).medSidmarkering(SVENSKA.text("periodrapport.ej-godkand")));
    }

    /** The SHA-256 of the frozen PDF and XLSX, shown with the approved report so a copy can be checked against it. */
    @Transactional(readOnly = true)
    public @Nullable List<String> kontrollsummor(PeriodrapportId id) {
        var entity = lasbar(id);
        return entity.status() != Status.GODKAND ? null
                : List.of(Objects.requireNonNull(entity.pdfSha256()), Objects.requireNonNull(entity.xlsxSha256()));
    }

    /** What a report marked ready or approved keeps; only its own steps and downloads read it. */
    private PeriodrapportInnehallEntity sparat(PeriodrapportEntity entity) {
        return innehall.findById(Objects.requireNonNull(entity.id()))
                .orElseThrow(() -> new IllegalStateException("Period report " + entity.id() + " keeps no contents"));
    }

    private Dokument sparatDokument(PeriodrapportEntity entity) {
        return Dokumentlagring.las(Objects.requireNonNull(sparat(entity).dokument()));
    }

    private Dokument utkast(PeriodrapportEntity entity, Map<Placering, String> sammanfattningar) {
        return dokument(entity, uppfoljning.forPeriodrapport(entity.period(), entity.enhet()), sammanfattningar);
    }

    private Dokument dokument(PeriodrapportEntity entity, Uppfoljningsrapport rapport, Map<Placering, String> sammanfattningar) {
        var huvud = new ArrayList<String>();
        var dokument = Uppfoljningsdokument.av(rapport, SVENSKA, installningar.organisation(), LocalDate.now(clock),
                perGrupp(rapport, sammanfattningar));
        huvud.add(entity.titel());
        huvud.addAll(dokument.huvud());
        return new Dokument(huvud, dokument.sektioner(), dokument.sidmarkering());
    }

    /** The kept summaries by the report's own parts: matched by plan and målområde name. */
    static Map<Placering, String> perGrupp(Uppfoljningsrapport rapport, Map<Placering, String> sammanfattningar) {
        var resultat = new LinkedHashMap<Placering, String>();
        for (var grupp : rapport.grupper()) {
            sammanfattningar.entrySet().stream()
                    .filter(e -> e.getKey().sammaGrupp(grupp))
                    .findFirst().ifPresent(e -> resultat.put(grupp, e.getValue()));
        }
        return resultat;
    }

    private static Map<Placering, String> kontrollerade(Map<Placering, String> texter) {
        var resultat = new HashMap<Placering, String>();
        texter.forEach((grupp, text) -> {
            if (text != null && text.strip().length() > 8000) {
                throw new PeriodrapportFelException("sammanfattning", "periodrapport.fel.sammanfattning-lang",
                        grupp.malomrade() != null ? grupp.malomrade() : Objects.requireNonNullElse(grupp.plan(), ""));
            }
            resultat.put(grupp.grupp(), text == null ? "" : text);
        });
        return resultat;
    }

    private void meddelaGodkand(PeriodrapportEntity entity, Inloggad jag, byte[] pdf) {
        var sammanstallare = personer.hamta(List.of(new PersonId(entity.sammanstallareId()))).get(new PersonId(entity.sammanstallareId()));
        if (sammanstallare == null || sammanstallare.epost() == null) {
            return;
        }
        var bilaga = notiser.bilaga(new Mailbilaga(entity.titel().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip() + ".pdf",
                "application/pdf", pdf));
        notiser.koa(new Notis("periodrapport:" + entity.id() + ":godkand:" + sammanstallare.id().value(),
                MailTyp.UPPFOLJNINGSRAPPORT_GODKAND, Adressat.av(sammanstallare), Map.of("titel", entity.titel(), "kommentar", jag.namn()),
                mallar.lank("uppfoljningsrapporter/" + entity.id()), bilaga));
    }

    private PeriodrapportEntity somSammanstallare(PeriodrapportId id, long version) {
        var entity = lasbar(id);
        if (entity.sammanstallareId() != currentUser.require().personId().value()) {
            throw new PeriodrapportNekadException("periodrapport.fel.inte-sammanstallare");
        }
        if (entity.status() != Status.UTKAST) {
            throw new PeriodrapportFelException("status", "periodrapport.fel.inte-utkast");
        }
        if (entity.version() != version) {
            throw new ObjectOptimisticLockingFailureException(PeriodrapportEntity.class, id.value());
        }
        return entity;
    }

    private PeriodrapportEntity somBeslutsfattare(PeriodrapportId id) {
        var entity = lasbar(id);
        if (entity.beslutsfattareId() != currentUser.require().personId().value()) {
            throw new PeriodrapportNekadException("periodrapport.fel.inte-beslutsfattare");
        }
        if (entity.status() != Status.KLAR) {
            throw new PeriodrapportFelException("status", "periodrapport.fel.inte-klar");
        }
        return entity;
    }

    private PeriodrapportEntity lasbar(PeriodrapportId id) {
        var entity = rapporter.findById(id.value()).orElseThrow(() -> new PeriodrapportNekadException("periodrapport.fel.finns-inte"));
        if (!farLasa(entity, currentUser.require())) {
            throw new PeriodrapportNekadException("periodrapport.fel.finns-inte");
        }
        return entity;
    }

    private static boolean farLasa(PeriodrapportEntity entity, Inloggad jag) {
        var person = jag.personId().value();
        return jag.har(Roller.REGISTRATOR) || jag.har(Roller.ADMINISTRATOR) || entity.sammanstallareId() == person
                || entity.beslutsfattareId() == person;
    }

    private Periodrapport somPeriodrapport(PeriodrapportEntity entity) {
        return somPeriodrapporter(List.of(entity)).getFirst();
    }

    private List<Periodrapport> somPeriodrapporter(List<PeriodrapportEntity> entiteter) {
        var ids = new java.util.HashSet<PersonId>();
        entiteter.forEach(e -> {
            ids.add(new PersonId(e.sammanstallareId()));
            ids.add(new PersonId(e.beslutsfattareId()));
        });
        var namn = personer.hamta(ids);
        return entiteter.stream().map(e -> e.toPeriodrapport(namnPa(namn, e.sammanstallareId()), namnPa(namn, e.beslutsfattareId())))
                .toList();
    }

    private static String namnPa(Map<PersonId, se.uppdrag.personer.Person> namn, long id) {
        var person = namn.get(new PersonId(id));
        return person == null ? "" : person.namn();
    }
}
