package se.uppdrag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.uppdrag.Matning;
import se.uppdrag.TestFolk;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.reporting.internal.Uppfoljningsdokument;
import se.uppdrag.uppdrag.UppdragInstallningar;
import se.uppdrag.uppdrag.UppdragTestBase;

/**
 * Prints what drafting the half-year uppföljningsrapport costs over 10 000 decided uppdrag of one plan (6 målområden,
 * budget and expected effect each, 2–3 status reports each in the half-year with money and realised effect, some paused,
 * some with a moved återredovisning, indicators with outcomes): computing it, its Dokument, its PDF and XLSX, and all
 * three together (what freezing an approved report costs). The reference, measured in the same run, is the same over one
 * of its ten units (1 000 uppdrag): the ratio says how close to linear it grows. A benchmark, not a test: it asserts the
 * seed is what the report sees, never a time; {@code ./mvnw test -Pbenchmark -Dtest=UppfoljningsrapportutkastBenchmark}.
 */
@Tag("benchmark")
class UppfoljningsrapportutkastBenchmark extends UppdragTestBase {

    private static final int ANTAL = 10_000;
    private static final int ENHETER = 10;
    private static final int MALOMRADEN = 6;
    private static final ZoneId ZON = ZoneId.of("Europe/Stockholm");
    private static final LocalDate ANTAGEN = LocalDate.of(2025, 12, 10);
    private static final Rapportperiod HALVARET = new Rapportperiod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final String[] LJUS = {"GRON", "GRON", "GRON", "GUL", "ROD"};
    private static final String[] TREND = {"POSITIV", "OFORANDRAD", "POSITIV", "NEGATIV"};
    private static final String[] ANSVARIGA = {"CIFU", "Ekonomidirektör", "Respektive CD och VC", "HR-direktör"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UppfoljningsrapportService rapporter;
    @Autowired
    UppdragInstallningar installningar;

    @Test
    void drafting_the_half_year_report_over_10_000_uppdrag_with_status_reports() throws IOException {
        var markering = "utkastbenchmark-" + folk.anvandarnamn("b");
        var start = System.nanoTime();
        var plan = plan(markering);
        seed(markering, plan);
        System.out.printf("BENCHMARK seeded %,d decided uppdrag (plan of %d målområden, %,d status reports, %,d steps,"
                + " %d indicators) in %,d ms%n", ANTAL, MALOMRADEN,
                jdbc.queryForObject("select count(*) from uppdrag_statusrapport s join uppdrag u on u.id = s.uppdrag_id"
                        + " where u.andrad_av = ?", Long.class, markering),
                jdbc.queryForObject("select count(*) from uppdrag_handelse h join uppdrag u on u.id = h.uppdrag_id"
                        + " where u.andrad_av = ?", Long.class, markering),
                plan.indikatorer(), (System.nanoTime() - start) / 1_000_000);

        folk.loggaIn(TestFolk.REGISTRATOR);
        var enhet = markering + " enhet 3";
        var alla = rapporter.rapport(HALVARET, null);
        var en = rapporter.rapport(HALVARET, enhet);
        seedSyns(alla, en, markering, plan);
        var texter = Rapporttexter.pa(Rapporttexter.SVENSKA);
        var idag = LocalDate.now();

        System.out.printf("BENCHMARK first calls (JIT cold): compute %,d ms, PDF %,d ms, XLSX %,d ms (10 000)%n",
                ms(() -> rapporter.rapport(HALVARET, null)), ms(() -> rapporter.pdf(alla, Rapporttexter.SVENSKA)),
                ms(() -> rapporter.xlsx(alla, Rapporttexter.SVENSKA)));
        var pdf = rapporter.pdf(alla, Rapporttexter.SVENSKA);
        var xlsx = rapporter.xlsx(alla, Rapporttexter.SVENSKA);
        var pdf1 = rapporter.pdf(en, Rapporttexter.SVENSKA);
        var xlsx1 = rapporter.xlsx(en, Rapporttexter.SVENSKA);
        System.out.printf("BENCHMARK PDF  10 000: %,d bytes, %,d pages   1 000: %,d bytes, %,d pages   ratio bytes %.2f%n",
                pdf.length, sidor(pdf), pdf1.length, sidor(pdf1), (double) pdf.length / pdf1.length);
        System.out.printf("BENCHMARK XLSX 10 000: %,d bytes, %d sheets   1 000: %,d bytes   ratio bytes %.2f%n",
                xlsx.length, blad(xlsx), xlsx1.length, (double) xlsx.length / xlsx1.length);
        System.out.printf("BENCHMARK allocated 10 000: compute %,d MB, Dokument %,d MB, PDF %,d MB, XLSX %,d MB"
                + "   1 000: compute %,d MB, PDF %,d MB, XLSX %,d MB%n",
                allokerat(() -> rapporter.rapport(HALVARET, null)),
                allokerat(() -> Uppfoljningsdokument.av(alla, texter, installningar.organisation(), idag)),
                allokerat(() -> rapporter.pdf(alla, Rapporttexter.SVENSKA)), allokerat(() -> rapporter.xlsx(alla, Rapporttexter.SVENSKA)),
                allokerat(() -> rapporter.rapport(HALVARET, enhet)), allokerat(() -> rapporter.pdf(en, Rapporttexter.SVENSKA)),
                allokerat(() -> rapporter.xlsx(en, Rapporttexter.SVENSKA)));
        System.out.printf("BENCHMARK heap held by the computed report: 10 000 %,d MB, its Dokument %,d MB (max heap %,d MB)%n",
                behallet(() -> rapporter.rapport(HALVARET, null)),
                behallet(() -> Uppfoljningsdokument.av(alla, texter, installningar.organisation(), idag)),
                Runtime.getRuntime().maxMemory() >> 20);

        var rapport = Matning.mat("compute the report, 10 000 uppdrag", () -> rapporter.rapport(HALVARET, null));
        var rapport1 = Matning.mat("compute the report, 1 000 (one unit, reference)", () -> rapporter.rapport(HALVARET, enhet));
        var dokument = Matning.mat("its Dokument, 10 000",
                () -> Uppfoljningsdokument.av(alla, texter, installningar.organisation(), idag));
        var dokument1 = Matning.mat("its Dokument, 1 000",
                () -> Uppfoljningsdokument.av(en, texter, installningar.organisation(), idag));
        var pdfTid = Matning.mat("PDF of the computed report, 10 000", () -> rapporter.pdf(alla, Rapporttexter.SVENSKA));
        var pdfTid1 = Matning.mat("PDF of the computed report, 1 000", () -> rapporter.pdf(en, Rapporttexter.SVENSKA));
        var xlsxTid = Matning.mat("XLSX of the computed report, 10 000", () -> rapporter.xlsx(alla, Rapporttexter.SVENSKA));
        var xlsxTid1 = Matning.mat("XLSX of the computed report, 1 000", () -> rapporter.xlsx(en, Rapporttexter.SVENSKA));
        var fryst = Matning.mat("compute + PDF + XLSX (frozen when approved), 10 000", () -> frys(null));
        var fryst1 = Matning.mat("compute + PDF + XLSX (frozen when approved), 1 000", () -> frys(enhet));
        System.out.printf("BENCHMARK ratio 10 000 / 1 000 (10 = linear): compute %.1f, Dokument %.1f, PDF %.1f, XLSX %.1f,"
                + " all three %.1f%n", rapport / rapport1, dokument / dokument1, pdfTid / pdfTid1, xlsxTid / xlsxTid1, fryst / fryst1);
        System.out.printf("BENCHMARK per uppdrag, 10 000: compute %.3f ms, PDF %.3f ms, XLSX %.3f ms, all three %.3f ms%n",
                rapport / ANTAL, pdfTid / ANTAL, xlsxTid / ANTAL, fryst / ANTAL);
    }

    private List<byte[]> frys(String enhet) {
        var rapport = rapporter.rapport(HALVARET, enhet);
        return List.of(rapporter.pdf(rapport, Rapporttexter.SVENSKA), rapporter.xlsx(rapport, Rapporttexter.SVENSKA));
    }

    /** What the report sees is what was seeded: every uppdrag a row, tillkommande, money, effects and indicators. */
    private void seedSyns(Uppfoljningsrapport alla, Uppfoljningsrapport en, String markering, Seedplan plan) {
        var vara = alla.rader().stream().filter(r -> r.titel().startsWith(markering)).count();
        assertThat(vara).as("every seeded uppdrag is a row").isEqualTo(ANTAL);
        assertThat(en.rader()).as("one unit is the reference").hasSize(ANTAL / ENHETER);
        assertThat(alla.tillkommande()).as("decided in the period after the plan's adoption").hasSizeGreaterThan(ANTAL / 5);
        assertThat(alla.antal().pausade()).isPositive();
        assertThat(alla.antal().avslutade()).isPositive();
        assertThat(alla.rader()).anyMatch(r -> r.klockan().stream().anyMatch(k -> k.slag() == Uppfoljningsrapport.Klockandring.Slag.FLYTTAD));
        assertThat(alla.rader()).allMatch(r -> !r.titel().startsWith(markering) || r.placering().plan() != null);
        assertThat(alla.rader().stream().filter(r -> r.titel().startsWith(markering)).map(r -> r.placering().grupp()).distinct())
                .hasSize(MALOMRADEN);
        assertThat(alla.rader()).filteredOn(r -> r.lage() == Uppfoljningsrapport.Lage.PAGAENDE).allMatch(r -> r.ljus() != null);
        var totalt = alla.ekonomi().totalt();
        assertThat(totalt.budget()).isPositive();
        assertThat(totalt.prognos()).isPositive();
        assertThat(totalt.utfall()).isPositive();
        assertThat(alla.ekonomi().perMalomrade()).hasSize(MALOMRADEN);
        assertThat(alla.effekter()).hasSizeGreaterThan(ANTAL / 2).anyMatch(e -> e.realiserad() != null);
        assertThat(alla.indikatorer()).hasSize(plan.indikatorer()).allMatch(i -> i.indikator().varde(2026).isPresent());
        System.out.printf("BENCHMARK the report (10 000): %,d rows, %,d tillkommande, %,d försenade, %,d pausade, %,d genomförda,"
                + " %,d effects, %d indicators, budget %s kr, prognos %s kr, utfall %s kr%n", alla.rader().size(),
                alla.tillkommande().size(), alla.forsenade().size(), alla.antal().pausade(), alla.antal().avslutade(),
                alla.effekter().size(), alla.indikatorer().size(), totalt.budget().toPlainString(),
                totalt.prognos().toPlainString(), totalt.utfall().toPlainString());
        var tabeller = Uppfoljningsdokument.av(alla, Rapporttexter.pa(Rapporttexter.SVENSKA), "Region Exempel", LocalDate.now())
                .sektioner().stream().filter(s -> s.rubrik().startsWith(Rapporttexter.pa(Rapporttexter.SVENSKA).text("rapport.tabell.rubrik"))).flatMap(s -> s.block().stream())
                .filter(Dokument.Tabell.class::isInstance).mapToInt(b -> ((Dokument.Tabell) b).rader().size()).sum();
        assertThat(tabeller).as("the status tables of the document have every row").isEqualTo(alla.rader().size());
    }

    private void seed(String markering, Seedplan plan) {
        var agare = folk.person(TestFolk.AGARE).id().value();
        var tagare = folk.person(TestFolk.TAGARE).id().value();
        var givare = folk.person(TestFolk.GIVARE).id().value();
        var givare2 = folk.person(TestFolk.GIVARE2).id().value();
        var nu = Timestamp.from(Instant.now());
        var rader = new ArrayList<Object[]>();
        for (int i = 0; i < ANTAL; i++) {
            rader.add(uppdrag(i, markering, plan, agare, tagare, nu));
            if (rader.size() == 2000) {
                skriv(rader);
            }
        }
        skriv(rader);
        var ids = new long[ANTAL];
        jdbc.query("select id, plannummer, malomrade_id from uppdrag where andrad_av = ?", rs -> {
            var malomrade = plan.malomraden().indexOf(rs.getLong(3));
            ids[(Integer.parseInt(rs.getString(2)) - 1) * MALOMRADEN + malomrade] = rs.getLong(1);
        }, markering);
        var givna = new ArrayList<Object[]>();
        var deltagare = new ArrayList<Object[]>();
        var aktiviteter = new ArrayList<Object[]>();
        var rapporter = new ArrayList<Object[]>();
        var steg = new ArrayList<Object[]>();
        for (int i = 0; i < ANTAL; i++) {
            var id = ids[i];
            givna.add(new Object[] {id, 0, i % 2 == 0 ? givare : givare2});
            if (i % 7 == 0) {
                givna.add(new Object[] {id, 1, i % 2 == 0 ? givare2 : givare});
            }
            deltagare.add(new Object[] {id, agare});
            deltagare.add(new Object[] {id, tagare});
            var beslut = beslutsdatum(i);
            aktiviteter.add(new Object[] {id, 0, "Kartläggning", Date.valueOf(beslut), Date.valueOf(beslut.plusMonths(3)), "MANAD",
                    ANSVARIGA[i % ANSVARIGA.length]});
            aktiviteter.add(new Object[] {id, 1, "Genomförande och uppföljning", Date.valueOf(beslut.plusMonths(3)),
                    Date.valueOf(beslut.plusMonths(15)), i % 2 == 0 ? "KVARTAL" : "AR", null});
            statusrapporter(i, id, tagare, rapporter);
            steg(i, id, tagare, steg);
        }
        jdbc.batchUpdate("insert into uppdrag_uppdragsgivare (uppdrag_id, ordning, person_id) values (?, ?, ?)", givna);
        jdbc.batchUpdate("insert into uppdrag_deltagare (uppdrag_id, person_id) values (?, ?)", deltagare);
        jdbc.batchUpdate("insert into uppdrag_aktivitet (uppdrag_id, ordning, namn, startdatum, slutdatum, periodform, ansvarig_text)"
                + " values (?, ?, ?, ?, ?, ?, ?)", aktiviteter);
        jdbc.batchUpdate("insert into uppdrag_statusrapport (uppdrag_id, person_id, tidpunkt, ljus, trend, kommentar, prognos_kr,"
                + " utfall_kr, realiserad_effekt) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rapporter);
        jdbc.batchUpdate("insert into uppdrag_handelse (uppdrag_id, tidpunkt, person_id, typ, kommentar, datum)"
                + " values (?, ?, ?, ?, ?, ?)", steg);
    }

    /**
     * Every 4th decided in the half-year, after the plan's adoption (tillkommande); the others in 2024–2025, before it.
     * Every 50th paused on 1 March (and every 50th + 1 resumed on 1 April), every 100th closed in May, every 100th + 2
     * with its final report handed in.
     */
    private Object[] uppdrag(int i, String markering, Seedplan plan, long agare, long tagare, Timestamp nu) {
        var beslut = beslutsdatum(i);
        var status = i % 50 == 7 ? "PAUSAT" : i % 100 == 19 ? "AVSLUTAT" : i % 100 == 2 ? "SLUTRAPPORT_INLAMNAD" : "PAGAENDE";
        var budget = BigDecimal.valueOf(250_000L + (i % 40) * 25_000L);
        return new Object[] {status, markering + " enhet " + (i % ENHETER), Date.valueOf(beslut),
                "BM " + beslut.getYear() + "-" + (i + 1), markering + " uppdrag " + (i + 1) + ": " + TITLAR[i % TITLAR.length],
                agare, tagare, nu, markering, Date.valueOf(beslut), i % 3 == 0 ? null : Date.valueOf(beslut.plusDays(300 + i % 400)),
                plan.id(), plan.malomraden().get(i % MALOMRADEN), String.valueOf(i / MALOMRADEN + 1),
                i % 5 == 0 ? ANSVARIGA[i % ANSVARIGA.length] : null, "Inom ram, " + budget.toPlainString() + " kr", budget,
                i % 3 == 0 ? null : i % 3 == 1 ? "1,0 årsarbetare" : "500–1 000 timmar"};
    }

    private static final String[] TITLAR = {"Effektivare vårdflöden i primärvården", "Gemensam upphandling av IT-stöd",
            "Minskade väntetider till specialistvård", "Kompetensförsörjningsplan för sjuksköterskor",
            "Digital patientjournal i hemsjukvården", "Energieffektivisering av regionens fastigheter"};

    private static LocalDate beslutsdatum(int i) {
        return i % 4 == 0 ? LocalDate.of(2026, 1, 5).plusDays(i % 170) : LocalDate.of(2024, 3, 1).plusDays(i % 600);
    }

    private void skriv(List<Object[]> rader) {
        jdbc.batchUpdate("insert into uppdrag (version, status, organisation, enhet, datum, diarienummer, titel, agare_id,"
                + " uppdragstagare_id, skapad, andrad, andrad_av, beslutsdatum, slutleverans, plan_id, malomrade_id, plannummer,"
                + " ansvarig_i_uppfoljning, finansiering_text, finansiering_belopp, beraknad_effekt)"
                + " values (0, ?, 'Region Exempel', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rader.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[7], r[8], r[9], r[10],
                        r[11], r[12], r[13], r[14], r[15], r[16], r[17]}).toList());
        rader.clear();
    }

    /** 2 or 3 in the half-year (those decided in it from their decision on): light, trend, comment, money, effect. */
    private static void statusrapporter(int i, long id, long person, List<Object[]> ut) {
        var budget = 250_000L + (i % 40) * 25_000L;
        var beslut = beslutsdatum(i);
        var antal = i % 2 == 0 ? 3 : 2;
        for (int k = 0; k < antal; k++) {
            var dag = LocalDate.of(2026, 2 + 2 * k, 10 + i % 15);
            if (dag.isBefore(beslut)) {
                dag = beslut.plusDays(3 + k);
            }
            var tid = Timestamp.valueOf(LocalDateTime.of(dag, java.time.LocalTime.of(9, 0)).plusSeconds(i % 3600 + k));
            var sista = k == antal - 1;
            ut.add(new Object[] {id, person, tid, LJUS[(i + k) % LJUS.length], TREND[(i + k) % TREND.length],
                    "Delrapport " + (k + 1) + ": arbetet följer tidplanen, styrgruppen har godkänt nästa steg; risk för"
                            + " förseningar i upphandlingen bevakas.",
                    BigDecimal.valueOf(budget + (i % 9 - 4) * 10_000L), BigDecimal.valueOf(budget * (k + 1) / (antal + 2)),
                    sista && i % 3 == 1 ? "0," + (k + 3) + " årsarbetare" : sista && i % 3 == 2 ? "300 timmar" : null});
        }
    }

    /** Pauses, resumptions, moved återredovisning, final reports and closings, in the half-year. */
    private static void steg(int i, long id, long person, List<Object[]> ut) {
        if (i % 50 == 7 || i % 50 == 8) {
            ut.add(new Object[] {id, tid(2026, 3, 1, i), person, "PAUSAT", "Pausat i väntan på beslut om finansiering", null});
        }
        if (i % 50 == 8) {
            ut.add(new Object[] {id, tid(2026, 4, 1, i), person, "ATERUPPTAGET", null, null});
        }
        if (i % 40 == 3) {
            ut.add(new Object[] {id, tid(2026, 4, 20, i), person, "ATERREDOVISNING_FLYTTAD",
                    "Återredovisningen flyttad till 2026-12-31: utredningen behöver underlag från kommunerna",
                    Date.valueOf(LocalDate.of(2026, 12, 31))});
        }
        if (i % 100 == 2 || i % 100 == 19) {
            ut.add(new Object[] {id, tid(2026, 5, 4, i), person, "SLUTRAPPORT_INLAMNAD", null, null});
        }
        if (i % 100 == 19) {
            ut.add(new Object[] {id, tid(2026, 5, 25, i), person, "SLUTRAPPORT_GODKAND", "Slutrapporten godkänd", null});
        }
    }

    private static Timestamp tid(int ar, int manad, int dag, int i) {
        return Timestamp.valueOf(LocalDateTime.of(ar, manad, dag, 10, 0).plusSeconds(i % 3600));
    }

    /** The plan: 6 målområden of 2 mål, each mål with a quantitative and a qualitative indicator, outcomes for 2025 and 2026. */
    private record Seedplan(long id, List<Long> malomraden, int indikatorer) {
    }

    private Seedplan plan(String markering) {
        var nu = Timestamp.from(Instant.now());
        jdbc.update("insert into plan (namn, fran_ar, till_ar, antagen, antagen_av, andrad, andrad_av) values (?, 2026, 2026, ?,"
                + " 'Regionfullmäktige', ?, ?)", "Verksamhetsplan 2026 " + markering, Date.valueOf(ANTAGEN), nu, markering);
        var plan = jdbc.queryForObject("select id from plan where andrad_av = ?", Long.class, markering);
        var namn = List.of("God och nära vård", "Attraktiv arbetsgivare", "Hållbar ekonomi", "Digitalisering",
                "Miljö och klimat", "Regional utveckling");
        for (int m = 0; m < MALOMRADEN; m++) {
            jdbc.update("insert into plan_malomrade (plan_id, ordning, namn) values (?, ?, ?)", plan, m, namn.get(m));
        }
        var malomraden = jdbc.queryForList("select id from plan_malomrade where plan_id = ? order by ordning", Long.class, plan);
        var indikatorer = 0;
        for (var malomrade : malomraden) {
            for (int k = 0; k < 2; k++) {
                jdbc.update("insert into plan_mal (malomrade_id, ordning, text) values (?, ?, ?)", malomrade, k,
                        k == 0 ? "Fler invånare får vård i rätt tid" : "Kostnaderna håller sig inom budget");
            }
            for (var mal : jdbc.queryForList("select id from plan_mal where malomrade_id = ?", Long.class, malomrade)) {
                jdbc.update("insert into plan_indikator (mal_id, namn, slag, enhet, riktning, andrad, andrad_av)"
                        + " values (?, 'Andel inom vårdgarantin', 'KVANTITATIV', 'procent', 'HOGRE_AR_BATTRE', ?, ?)", mal, nu, markering);
                jdbc.update("insert into plan_indikator (mal_id, namn, slag, enhet, riktning, andrad, andrad_av)"
                        + " values (?, 'Handlingsplan antagen', 'KVALITATIV', null, 'HOGRE_AR_BATTRE', ?, ?)", mal, nu, markering);
                for (var indikator : jdbc.queryForList("select id from plan_indikator where mal_id = ? order by id", Long.class, mal)) {
                    var kvantitativ = indikatorer % 2 == 0;
                    jdbc.update("insert into plan_indikator_ar (indikator_id, ar, malvarde, utfall, svar) values (?, 2025, ?, ?, ?)",
                            indikator, null, kvantitativ ? new BigDecimal("71.5") : null, kvantitativ ? null : "DELVIS");
                    jdbc.update("insert into plan_indikator_ar (indikator_id, ar, malvarde, utfall, svar) values (?, 2026, ?, ?, ?)",
                            indikator, kvantitativ ? new BigDecimal("80") : null, kvantitativ ? new BigDecimal("76.25") : null,
                            kvantitativ ? null : "JA");
                    indikatorer++;
                }
            }
        }
        return new Seedplan(plan, malomraden, indikatorer);
    }

    private static long ms(Supplier<?> fraga) {
        var start = System.nanoTime();
        fraga.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Bytes allocated on this thread by one call, in MB. */
    private static long allokerat(Supplier<?> fraga) {
        var tradar = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var fore = tradar.getCurrentThreadAllocatedBytes();
        fraga.get();
        return (tradar.getCurrentThreadAllocatedBytes() - fore) >> 20;
    }

    /** Heap still used, after a collection, while the result is held, in MB. */
    private static long behallet(Supplier<?> fraga) {
        var minne = ManagementFactory.getMemoryMXBean();
        System.gc();
        var fore = minne.getHeapMemoryUsage().getUsed();
        var resultat = fraga.get();
        System.gc();
        var efter = minne.getHeapMemoryUsage().getUsed();
        java.lang.ref.Reference.reachabilityFence(resultat);
        return Math.max(0, efter - fore) >> 20;
    }

    private static int sidor(byte[] pdf) throws IOException {
        try (var dokument = Loader.loadPDF(pdf)) {
            return dokument.getNumberOfPages();
        }
    }

    private static int blad(byte[] xlsx) throws IOException {
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return bok.getNumberOfSheets();
        }
    }
}
