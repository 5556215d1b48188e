package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppdrag.Application;
import se.uppdrag.TestFolk;
import se.uppdrag.workflow.Uppgift;
import se.uppdrag.workflow.UppgiftFilter;
import se.uppdrag.workflow.UppgiftService;

/**
 * The backup and restore drill of docs/drift.md, on MariaDB only: uppdrag in several states, made through the services,
 * are dumped with {@code mariadb-dump --single-transaction --routines --triggers}, restored into a fresh database, and an
 * application started on the restored database (with Flowable not allowed to change its schema, as in production) finds
 * them all and carries two of them on to their next step. The history's append-only triggers (V14) come along.
 */
@org.junit.jupiter.api.extension.ExtendWith(se.uppdrag.BevaraSakerhetskontext.class)
class SakerhetskopieringTest extends ProcessTestBase {

    private static final Pattern MARIADB = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?/([^?;]+).*");

    @Test
    void a_restored_dump_serves_every_uppdrag_and_carries_them_on(@TempDir Path katalog) throws Exception {
        var url = beans.getEnvironment().getProperty("spring.datasource.url", "");
        var server = MARIADB.matcher(url);
        Assumptions.assumeTrue(server.matches(), "The backup drill runs on MariaDB only (-Pmariadb): mariadb-dump has no "
                + "H2 counterpart; skipped on " + url.replaceFirst(";.*", ""));
        var anvandare = beans.getEnvironment().getProperty("spring.datasource.username", "root");
        var losenord = beans.getEnvironment().getProperty("spring.datasource.password", "");
        var vard = server.group(1);
        var port = server.group(2) == null ? "3306" : server.group(2);
        var kalla = server.group(3);

        var utkast = nyttUtkast();
        var paRemiss = nyttUtkast();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, paRemiss, "utkast").id(), List.of(person(TestFolk.MEDLEM)),
                LocalDate.now(klocka).plusDays(14));
        var forBeslut = nyttUtkast();
        skickaForBeslut(forBeslut);
        var pagaende = faststalltUppdrag();
        var avslaget = nyttUtkast();
        skickaForBeslut(avslaget);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, avslaget, "beslutsuppgift").id(), Beslut.AVSLA, "Inte nu");
        var fore = new LinkedHashMap<UppdragId, UppdragStatus>();
        var handlingar = new LinkedHashMap<UppdragId, Uppdragshandling>();
        for (var id : List.of(utkast, paRemiss, forBeslut, pagaende, avslaget)) {
            fore.put(id, status(id));
            handlingar.put(id, somRegistrator(id));
        }
        assertThat(fore.values()).containsExactly(UppdragStatus.UTKAST, UppdragStatus.PA_REMISS, UppdragStatus.FOR_BESLUT,
                UppdragStatus.PAGAENDE, UppdragStatus.AVSLAGET);
        var tidslinjenFore = tidslinje(forBeslut);

        var dump = katalog.resolve("uppdrag.sql");
        kor(List.of(verktyg("mariadb-dump", "mysqldump"), "--no-defaults", "--protocol=tcp", "-h" + vard, "-P" + port,
                "-u" + anvandare, "--default-character-set=utf8mb4", "--single-transaction", "--routines", "--triggers",
                "--result-file=" + dump, kalla),
                losenord, null);
        assertThat(Files.readString(dump, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("CREATE TABLE `uppdrag`").contains("CREATE TABLE `ACT_RU_TASK`")
                .contains("uppdrag_handelse_andras_inte");

        var aterlast = "uppdrag_backup_" + UUID.randomUUID().toString().substring(0, 8);
        var serverUrl = "jdbc:mariadb://" + vard + ":" + port + "/";
        try (var anslutning = DriverManager.getConnection(serverUrl, anvandare, losenord); var sats = anslutning.createStatement()) {
            sats.execute("CREATE DATABASE " + aterlast + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        }
        try {
            kor(List.of(verktyg("mariadb", "mysql"), "--no-defaults", "--protocol=tcp", "-h" + vard, "-P" + port,
                    "-u" + anvandare, "--default-character-set=utf8mb4", aterlast), losenord, dump.toFile());
            assertThat(triggrar(serverUrl, anvandare, losenord, aterlast))
                    .as("the history's append-only triggers are restored")
                    .isEqualTo(triggrar(serverUrl, anvandare, losenord, kalla)).isNotEmpty();
            assertThatThrownBy(() -> {
                try (var anslutning = DriverManager.getConnection(serverUrl + aterlast, anvandare, losenord);
                        var sats = anslutning.createStatement()) {
                    sats.executeUpdate("DELETE FROM uppdrag_handelse WHERE uppdrag_id = " + forBeslut.value());
                }
            }).as("the restored history still refuses to be changed").isInstanceOf(java.sql.SQLException.class);

            try (var aterstallt = starta(serverUrl + aterlast + url.replaceFirst("^[^?]*", ""))) {
                var dar = new Dar(aterstallt);
                fore.forEach((id, status) -> assertThat(dar.status(id)).as("uppdrag %s after the restore", id).isEqualTo(status));
                handlingar.forEach((id, handling) -> assertThat(dar.handling(id))
                        .as("uppdrag %s, every field and its Swedish text, after the restore", id).isEqualTo(handling));
                assertThat(dar.tidslinje(forBeslut)).isEqualTo(tidslinjenFore);

                dar.loggaIn(TestFolk.BESLUTSFATTARE);
                aterstallt.getBean(BeslutService.class).besluta(dar.uppgift(TestFolk.BESLUTSFATTARE, forBeslut, "beslutsuppgift").id(),
                        Beslut.FASTSTALL, null);
                assertThat(dar.status(forBeslut)).as("decided on the restored database").isEqualTo(UppdragStatus.PAGAENDE);
                dar.loggaIn(TestFolk.REGISTRATOR);
                assertThat(aterstallt.getBean(UppdragService.class).hamta(forBeslut).diarienummer()).isNotNull();
                assertThat(dar.tidslinje(forBeslut)).startsWith(tidslinjenFore.toArray(HandelseTyp[]::new))
                        .contains(HandelseTyp.FASTSTALLT);

                aterstallt.getBean(RemissService.class).svara(dar.uppgift(TestFolk.MEDLEM, paRemiss, "remissvar").id(),
                        Remissvar.Svar.GODKANT, "Svar efter återläsningen");
                assertThat(dar.status(paRemiss)).isEqualTo(UppdragStatus.UTKAST);
            } finally {
                TestFolk.loggaUt();
            }
            assertThat(status(forBeslut)).as("the original database is untouched").isEqualTo(UppdragStatus.FOR_BESLUT);
        } finally {
            try (var anslutning = DriverManager.getConnection(serverUrl, anvandare, losenord); var sats = anslutning.createStatement()) {
                sats.execute("DROP DATABASE IF EXISTS " + aterlast);
            }
        }
    }

    /** The application on the restored database, as production starts it: Flowable may not touch its schema. */
    private static ConfigurableApplicationContext starta(String url) {
        return new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + url,
                "--flowable.database-schema-update=false", "--server.port=0", "--server.address=127.0.0.1");
    }

    /** The services of the application on the restored database, for the people {@link #folk} made before the dump. */
    private final class Dar {

        private final ConfigurableApplicationContext kontext;

        Dar(ConfigurableApplicationContext kontext) {
            this.kontext = kontext;
        }

        void loggaIn(String roll) {
            var details = kontext.getBean(UserDetailsService.class).loadUserByUsername(folk.anvandarnamn(roll));
            var inloggning = SecurityContextHolder.createEmptyContext();
            inloggning.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
            SecurityContextHolder.setContext(inloggning);
        }

        UppdragStatus status(UppdragId id) {
            loggaIn(TestFolk.REGISTRATOR);
            return kontext.getBean(UppdragService.class).hamta(id).status();
        }

        Uppdragshandling handling(UppdragId id) {
            loggaIn(TestFolk.REGISTRATOR);
            return kontext.getBean(UppdragService.class).hamta(id);
        }

        List<HandelseTyp> tidslinje(UppdragId id) {
            loggaIn(TestFolk.REGISTRATOR);
            return kontext.getBean(UppdragHistorikService.class).handelser(id).stream().map(Handelse::typ).toList();
        }

        Uppgift uppgift(String roll, UppdragId id, String typ) {
            loggaIn(roll);
            return kontext.getBean(UppgiftService.class).mina(UppgiftFilter.alla()).stream()
                    .filter(u -> u.typ().equals(typ) && u.arende() != null && u.arende().nyckel().equals(String.valueOf(id.value())))
                    .findFirst().orElseThrow(() -> new AssertionError(roll + " har ingen uppgift " + typ + " efter återläsningen"));
        }
    }

    private static List<String> triggrar(String serverUrl, String anvandare, String losenord, String databas) throws Exception {
        var namn = new ArrayList<String>();
        try (var anslutning = DriverManager.getConnection(serverUrl, anvandare, losenord);
                var sats = anslutning.prepareStatement("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                        + "WHERE TRIGGER_SCHEMA = ? ORDER BY TRIGGER_NAME")) {
            sats.setString(1, databas);
            try (var rader = sats.executeQuery()) {
                while (rader.next()) {
                    namn.add(rader.getString(1));
                }
            }
        }
        return namn;
    }

    private static String verktyg(String... namn) {
        for (var kandidat : namn) {
            for (var katalog : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(katalog, kandidat))) {
                    return Path.of(katalog, kandidat).toString();
                }
            }
        }
        throw new AssertionError("The backup drill needs the MariaDB client (" + String.join(" or ", namn)
                + ") on the PATH: apt-get install mariadb-client");
    }

    /** Runs a client tool with the password in its environment (never on its command line), input from a file. */
    private static void kor(List<String> kommando, String losenord, File indata) throws Exception {
        var bygge = new ProcessBuilder(kommando).redirectErrorStream(true);
        if (indata != null) {
            bygge.redirectInput(indata);
        }
        if (!losenord.isEmpty()) {
            bygge.environment().put("MYSQL_PWD", losenord);
        }
        var process = bygge.start();
        var utskrift = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", kommando.subList(0, 1)) + " failed:\n" + utskrift);
        }
    }
}
