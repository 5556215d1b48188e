package se.uppdrag;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Counts what reaches the database through a data source, at the JDBC layer (for the benchmarks): statements executed
 * (a batch counts once per statement in it) and commits, on the calling thread, so that what an action does is
 * counted apart from what other threads do meanwhile.
 */
public final class Sqlraknare {

    private static final Set<String> UTFOR = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");
    private static final ThreadLocal<long[]> RAKNAT = ThreadLocal.withInitial(() -> new long[2]);
    private static final ThreadLocal<java.util.Map<String, Integer>> SATSER = ThreadLocal.withInitial(java.util.HashMap::new);

    private Sqlraknare() {
    }

    /** For a benchmark's own application context ({@code @Import}): every connection of the application counted. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    public static class Konfiguration {

        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanPostProcessor raknadeAnslutningar() {
            return new org.springframework.beans.factory.config.BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bona, String namn) {
                    return bona instanceof DataSource kalla
                            && !(bona instanceof org.springframework.jdbc.datasource.DelegatingDataSource) ? rakna(kalla) : bona;
                }
            };
        }
    }

    /** What the calling thread has sent so far. */
    public record Antal(long satser, long commits) {

        public Antal minus(Antal fore) {
            return new Antal(satser - fore.satser, commits - fore.commits);
        }

        public Antal plus(Antal till) {
            return new Antal(satser + till.satser, commits + till.commits);
        }
    }

    /** The statements the calling thread has sent so far, by their text, with how many times each. */
    public static java.util.Map<String, Integer> satser() {
        return java.util.Map.copyOf(SATSER.get());
    }

    public static void glomSatser() {
        SATSER.get().clear();
    }

    public static Antal nu() {
        var raknat = RAKNAT.get();
        return new Antal(raknat[0], raknat[1]);
    }

    /** The data source, counting. */
    public static DataSource rakna(DataSource kalla) {
        return proxy(DataSource.class, kalla, (objekt, metod, argument) -> {
            var svar = anropa(kalla, metod, argument);
            return svar instanceof Connection anslutning ? anslutning(anslutning) : svar;
        });
    }

    private static Connection anslutning(Connection anslutning) {
        return proxy(Connection.class, anslutning, (objekt, metod, argument) -> {
            if (metod.getName().equals("commit")) {
                RAKNAT.get()[1]++;
            }
            var svar = anropa(anslutning, metod, argument);
            var text = argument != null && argument.length > 0 && argument[0] instanceof String sql ? sql : null;
            if (svar instanceof CallableStatement sats) {
                return sats(CallableStatement.class, sats, text);
            }
            if (svar instanceof PreparedStatement sats) {
                return sats(PreparedStatement.class, sats, text);
            }
            if (svar instanceof Statement sats) {
                return sats(Statement.class, sats, null);
            }
            return svar;
        });
    }

    private static <T extends Statement> T sats(Class<T> typ, T sats, String forberedd) {
        var ibatch = new int[1];
        return proxy(typ, sats, (objekt, metod, argument) -> {
            var namn = metod.getName();
            if (UTFOR.contains(namn)) {
                RAKNAT.get()[0]++;
                var text = argument != null && argument.length > 0 && argument[0] instanceof String sql ? sql : forberedd;
                SATSER.get().merge(String.valueOf(text), 1, Integer::sum);
            } else if (namn.equals("addBatch")) {
                ibatch[0]++;
            } else if (namn.equals("executeBatch") || namn.equals("executeLargeBatch")) {
                RAKNAT.get()[0] += Math.max(1, ibatch[0]);
                SATSER.get().merge(String.valueOf(forberedd), Math.max(1, ibatch[0]), Integer::sum);
                ibatch[0] = 0;
            }
            return anropa(sats, metod, argument);
        });
    }

    private static Object anropa(Object mal, Method metod, Object[] argument) throws Throwable {
        try {
            return metod.invoke(mal, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> typ, T mal, InvocationHandler hanterare) {
        return (T) Proxy.newProxyInstance(Sqlraknare.class.getClassLoader(), new Class<?>[] {typ}, (objekt, metod, argument) -> {
            if (metod.getName().equals("unwrap") && argument != null && argument[0] instanceof Class<?> klass
                    && klass.isInstance(mal)) {
                return mal;
            }
            return hanterare.invoke(objekt, metod, argument);
        });
    }
}
