package se.uppdrag.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;

/**
 * The start check of a production start, where Flowable may not change its own schema
 * ({@code flowable.database-schema-update=false}, application-prod.properties): the database must hold Flowable's tables
 * in exactly the version of the Flowable library in the jar. Flowable checks this too, but says it as a hint about a
 * {@code flowable.cfg.xml} deep in a stack trace; this says it as one line that names the command that upgrades
 * ({@code --uppdrag.schema.uppgradera}, docs/drift.md), reported by {@link ProcessmotornsSchemaRapport}.
 */
final class ProcessmotornsSchema {

    private ProcessmotornsSchema() {
    }

    /**
     * Refuses a database whose Flowable schema is missing or of another version than {@code bibliotek}.
     *
     * @param katalog the database (MariaDB) to look in, or null for the connection's own
     */
    static void kontrollera(DataSource dataSource, @Nullable String katalog, String bibliotek) {
        Map<String, String> versioner;
        try (var anslutning = dataSource.getConnection()) {
            versioner = versioner(anslutning, katalog);
        } catch (SQLException fel) {
            throw new IllegalStateException(Meddelande.svenska("drift.schema.olasbart"), fel);
        }
        if (versioner.isEmpty()) {
            throw new ProcessmotornsSchemaException(text("drift.schema.saknas"));
        }
        for (var version : versioner.entrySet()) {
            var jamforelse = jamfor(version.getValue(), bibliotek);
            if (jamforelse != 0) {
                throw new ProcessmotornsSchemaException(text(jamforelse < 0 ? "drift.schema.aldre" : "drift.schema.nyare",
                        version.getValue(), version.getKey(), bibliotek));
            }
        }
    }

    /**
     * An operator's console, before any language choice exists: the Swedish text, then the English in brackets, on one
     * line (as {@code start.SaknadeInstallningarException}).
     */
    private static String text(String nyckel, Object... argument) {
        var engelska = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(nyckel);
        return Meddelande.svenska(nyckel, argument) + " (" + new MessageFormat(engelska, Locale.ENGLISH).format(argument) + ")";
    }

    /** The library's version: the one the schema must have. */
    static String bibliotekets() {
        return ProcessEngine.VERSION;
    }

    /** Flowable's schema versions by property name (common, process engine, event registry), empty without its tables. */
    private static Map<String, String> versioner(Connection anslutning, @Nullable String katalog) throws SQLException {
        var versioner = new LinkedHashMap<String, String>();
        if (!harTabellen(anslutning, katalog, "ACT_GE_PROPERTY")) {
            return versioner;
        }
        var tabell = katalog == null ? "ACT_GE_PROPERTY" : "`" + katalog.replace("`", "``") + "`.ACT_GE_PROPERTY";
        try (var sats = anslutning.prepareStatement("select NAME_, VALUE_ from " + tabell
                + " where NAME_ like '%schema.version' order by NAME_");
                var rader = sats.executeQuery()) {
            while (rader.next()) {
                versioner.put(rader.getString(1), rader.getString(2));
            }
        }
        return versioner;
    }

    private static boolean harTabellen(Connection anslutning, @Nullable String katalog, String namn) throws SQLException {
        try (var tabeller = anslutning.getMetaData().getTables(katalog, null, "%", new String[] {"TABLE"})) {
            while (tabeller.next()) {
                if (namn.equalsIgnoreCase(tabeller.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Compares two dotted versions (8.0.0.0) number by number; a part that is not a number compares as text. */
    static int jamfor(String a, String b) {
        var delarA = a.strip().split("\\.");
        var delarB = b.strip().split("\\.");
        for (int i = 0; i < Math.max(delarA.length, delarB.length); i++) {
            var x = i < delarA.length ? delarA[i] : "0";
            var y = i < delarB.length ? delarB[i] : "0";
            int skillnad;
            try {
                skillnad = Long.compare(Long.parseLong(x), Long.parseLong(y));
            } catch (NumberFormatException ingetTal) {
                skillnad = x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT));
            }
            if (skillnad != 0) {
                return Integer.signum(skillnad);
            }
        }
        return 0;
    }
}
