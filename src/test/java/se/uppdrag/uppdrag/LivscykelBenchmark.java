package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.uppdrag.Handlingar;
import se.uppdrag.Sqlraknare;
import se.uppdrag.TestFolk;

/**
 * One uppdrag's whole life, action by action, through our services against the bare Flowable engine running the same
 * BPMN through its Java API ({@link BarMotor}): statements and commits at the JDBC layer per action, and CPU time per
 * lifecycle. A benchmark, not a test: it prints a table and writes {@code target/benchmark/livscykel.json}, and runs only
 * with {@code ./mvnw verify -Pbenchmark} (add -Pmariadb for MariaDB).
 */
@Tag("benchmark")
@Import(Sqlraknare.Konfiguration.class)
class LivscykelBenchmark extends ProcessTestBase {

    private static final int VARV = 10;
    /** Lifecycles per thread when measuring throughput, with one thread and with {@link #TRADAR}. */
    private static final int PER_TRAD = 4;
    private static final int TRADAR = 8;
    /** The reads of the inbox that find each action's task, counted apart from the actions. */
    private final Map<String, Sqlraknare.Antal> inkorgen = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger inkorgslasningar = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    TaskService tasks;
    @Autowired
    DataSource datakalla;

    @Test
    void one_uppdrag_from_draft_to_closed_through_our_services_and_through_the_bare_engine() throws Exception {
        var var = new LinkedHashMap<String, Sqlraknare.Antal>();
        var vara = new ArrayList<Long>();
        livscykel(var); // warm-up
        for (int i = 0; i < VARV; i++) {
            var.clear();
            inkorgen.clear();
            inkorgslasningar.set(0);
            Sqlraknare.glomSatser();
            vara.add(cpu(() -> livscykel(var)));
        }
        var vanligast = Sqlraknare.satser();
        try (var motor = BarMotor.ny(datakalla)) {
            var bar = new LinkedHashMap<String, Sqlraknare.Antal>();
            var bara = new ArrayList<Long>();
            motor.livscykel(bar);
            for (int i = 0; i < VARV; i++) {
                bar.clear();
                bara.add(cpu(() -> motor.livscykel(bar)));
            }
            skriv(var, bar, median(vara), median(bara));
            var inkorg = inkorgen.get("open the inbox");
            System.out.printf(Locale.ROOT, "BENCHMARK open the inbox to find the task: %.1f statements a time (%d times)%n",
                    (double) inkorg.satser() / inkorgslasningar.get(), inkorgslasningar.get());
            // where our statements go: the lifecycle's most frequent ones (the last lifecycle's, reads included)
            vanligast.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(sats -> System.out.printf(Locale.ROOT, "BENCHMARK %5d x %s%n", sats.getValue(),
                            sats.getKey().replaceAll("\\s+", " ").substring(0, Math.min(150, sats.getKey().replaceAll("\\s+", " ").length()))));
            genomstromning(motor);
        }
    }

    /**
     * Lifecycles per second (wall clock), ours and the bare engine's, with one thread and with {@link #TRADAR} at once,
     * each thread carrying its own uppdrag from draft to closed; a lifecycle that fails is counted, not retried.
     */
    private void genomstromning(BarMotor motor) throws InterruptedException, IOException {
        var json = new StringBuilder("{\n  \"database\": \"" + System.getProperty("spring.profiles.active", "test") + "\",\n  \"runs\": [\n");
        for (var tradar : List.of(1, TRADAR)) {
            var vara = perSekund(tradar, () -> livscykel(new LinkedHashMap<>()));
            var bara = perSekund(tradar, () -> motor.livscykel(new LinkedHashMap<>()));
            System.out.printf(Locale.ROOT, "BENCHMARK lifecycles per second, %d thread%s (%d lifecycles in all): ours %.2f (%d failed),"
                    + " bare %.2f (%d failed), bare / ours %.2f%n", tradar, tradar == 1 ? "" : "s", tradar * PER_TRAD, vara.perSekund(),
                    vara.misslyckade(), bara.perSekund(), bara.misslyckade(), bara.perSekund() / vara.perSekund());
            json.append(tradar == 1 ? "" : ",\n").append(String.format(Locale.ROOT, "    {\"threads\": %d, \"lifecycles\": %d,"
                    + " \"perSecond\": %.3f, \"failed\": %d, \"barePerSecond\": %.3f, \"bareFailed\": %d}", tradar,
                    tradar * PER_TRAD, vara.perSekund(), vara.misslyckade(), bara.perSekund(), bara.misslyckade()));
        }
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/livscykel-genomstromning.json"), json.append("\n  ]\n}\n"));
    }

    private record Genomstromning(double perSekund, int misslyckade) {
    }

    private static Genomstromning perSekund(int tradar, Runnable livscykel) throws InterruptedException {
        var misslyckade = new java.util.concurrent.atomic.AtomicInteger();
        var start = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(tradar)) {
            for (int t = 0; t < tradar; t++) {
                pool.execute(() -> {
                    for (int i = 0; i < PER_TRAD; i++) {
                        try {
                            livscykel.run();
                        } catch (RuntimeException | AssertionError fel) {
                            misslyckade.incrementAndGet();
                            System.out.println("BENCHMARK a lifecycle failed: " + fel);
                        } finally {
                            TestFolk.loggaUt();
                        }
                    }
                });
            }
        }
        var sekunder = (System.nanoTime() - start) / 1e9;
        return new Genomstromning((tradar * PER_TRAD - misslyckade.get()) / sekunder, misslyckade.get());
    }

    /** The life of one uppdrag through the services, each action counted apart from the reads that find its task. */
    private Void livscykel(Map<String, Sqlraknare.Antal> antal) {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Förstudie " + folk.anvandarnamn("x")));
        var handling = Handlingar.fullstandig(uppdrag.nyttUtkast(), folk, new UppdragRef(lankat.id(), lankat.titel(), null));
        var id = rakna(antal, "create the draft", () -> uppdrag.skapa(handling).id());
        var utkast = uppgift(TestFolk.AGARE, id, "utkast").id();
        rakna(antal, "send på remiss to two", () -> remiss.skickaPaRemiss(utkast, List.of(person(TestFolk.MEDLEM),
                person(TestFolk.GIVARE2)), LocalDate.now(klocka).plusDays(14)));
        for (var granskare : List.of(TestFolk.MEDLEM, TestFolk.GIVARE2)) {
            var svar = uppgift(granskare, id, "remissvar").id();
            rakna(antal, "answer the remiss (" + granskare + ")", () -> remiss.svara(svar, Remissvar.Svar.GODKANT, null));
        }
        var igen = uppgift(TestFolk.AGARE, id, "utkast").id();
        rakna(antal, "send för beslut", () -> beslut.skickaForBeslut(igen));
        var beslutet = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id();
        rakna(antal, "fastställ (registered, execution begins)", () -> beslut.besluta(beslutet, Beslut.FASTSTALL, null));
        var n = 0;
        for (var aktivitet : tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id.value()))
                .taskDefinitionKey("aktivitet").list()) {
            logInAs(aktivitet.getAssignee());
            rakna(antal, "complete activity " + (++n), () -> genomforande.slutforAktivitet(aktivitet.getId(), null));
        }
        var slutrapport = uppgift(TestFolk.TAGARE, id, "slutrapport").id();
        rakna(antal, "hand in the final report", () -> genomforande.lamnaSlutrapport(slutrapport, "Klart.", List.of()));
        var godkannande = uppgift(TestFolk.BESLUTSFATTARE, id, "beslutOmSlutrapport").id();
        rakna(antal, "approve the final report (closed)", () -> genomforande.beslutaOmSlutrapport(godkannande, true, null));
        assertThat(status(id)).isEqualTo(UppdragStatus.AVSLUTAT);
        return null;
    }

    @Override
    protected se.uppdrag.workflow.Uppgift uppgift(String roll, UppdragId id, String typ) {
        folk.loggaIn(roll);
        inkorgslasningar.incrementAndGet();
        return rakna(inkorgen, "open the inbox", () -> super.uppgift(roll, id, typ));
    }

    private void logInAs(String assignee) {
        for (var roll : List.of(TestFolk.MEDLEM, TestFolk.TAGARE, TestFolk.AGARE, TestFolk.GIVARE)) {
            if (String.valueOf(person(roll).value()).equals(assignee)) {
                folk.loggaIn(roll);
                return;
            }
        }
        throw new AssertionError("no one of the test folk has the task: " + assignee);
    }

    static <T> T rakna(Map<String, Sqlraknare.Antal> antal, String handling, Supplier<T> gor) {
        var fore = Sqlraknare.nu();
        var svar = gor.get();
        antal.merge(handling, Sqlraknare.nu().minus(fore), Sqlraknare.Antal::plus);
        return svar;
    }

    static void rakna(Map<String, Sqlraknare.Antal> antal, String handling, Runnable gor) {
        rakna(antal, handling, () -> {
            gor.run();
            return null;
        });
    }

    private static long cpu(Runnable gor) {
        var bean = ManagementFactory.getThreadMXBean();
        var fore = bean.getCurrentThreadCpuTime();
        gor.run();
        return (bean.getCurrentThreadCpuTime() - fore) / 1000;
    }

    private static double median(List<Long> mikrosekunder) {
        var sorterade = mikrosekunder.stream().sorted().toList();
        return sorterade.get(sorterade.size() / 2) / 1000.0;
    }

    private static void skriv(Map<String, Sqlraknare.Antal> var, Map<String, Sqlraknare.Antal> bar, double cpuVar, double cpuBar)
            throws IOException {
        var summaVar = var.values().stream().reduce(new Sqlraknare.Antal(0, 0), Sqlraknare.Antal::plus);
        var summaBar = bar.values().stream().reduce(new Sqlraknare.Antal(0, 0), Sqlraknare.Antal::plus);
        var rader = new StringBuilder();
        rader.append(String.format(Locale.ROOT, "BENCHMARK %-44s %18s %18s%n", "lifecycle action", "ours stmts/commits",
                "bare stmts/commits"));
        for (var post : var.entrySet()) {
            var motsvarande = bar.get(post.getKey());
            rader.append(String.format(Locale.ROOT, "BENCHMARK %-44s %10d / %5d %10s%n", post.getKey(), post.getValue().satser(),
                    post.getValue().commits(), motsvarande == null ? "" : motsvarande.satser() + " / " + motsvarande.commits()));
        }
        rader.append(String.format(Locale.ROOT, "BENCHMARK %-44s %10d / %5d %10d / %d%n", "whole lifecycle", summaVar.satser(),
                summaVar.commits(), summaBar.satser(), summaBar.commits()));
        rader.append(String.format(Locale.ROOT, "BENCHMARK statements ratio %.2f (target <= 1.25), commits per action %.2f (target 1)"
                + ", bare %.2f%n", (double) summaVar.satser() / summaBar.satser(), (double) summaVar.commits() / var.size(),
                (double) summaBar.commits() / bar.size()));
        rader.append(String.format(Locale.ROOT, "BENCHMARK CPU per lifecycle (median of %d): ours %.1f ms, bare %.1f ms, ratio %.2f%n",
                VARV, cpuVar, cpuBar, cpuVar / cpuBar));
        System.out.print(rader);
        var mapp = Path.of("target/benchmark");
        Files.createDirectories(mapp);
        var json = new StringBuilder("{\n  \"database\": \"" + System.getProperty("spring.profiles.active", "test") + "\",\n");
        json.append("  \"actions\": [\n");
        var forsta = true;
        for (var post : var.entrySet()) {
            var motsvarande = bar.getOrDefault(post.getKey(), new Sqlraknare.Antal(0, 0));
            json.append(forsta ? "" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"action\": \"%s\", \"statements\": %d, \"commits\": %d, \"bareStatements\": %d, \"bareCommits\": %d}",
                    post.getKey(), post.getValue().satser(), post.getValue().commits(), motsvarande.satser(), motsvarande.commits()));
            forsta = false;
        }
        json.append(String.format(Locale.ROOT, "\n  ],\n  \"statements\": %d, \"commits\": %d, \"bareStatements\": %d, \"bareCommits\": %d,"
                + "\n  \"cpuMs\": %.1f, \"bareCpuMs\": %.1f\n}%n", summaVar.satser(), summaVar.commits(), summaBar.satser(),
                summaBar.commits(), cpuVar, cpuBar));
        Files.writeString(mapp.resolve("livscykel.json"), json);
    }
}
