package skelett;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Where a start's time goes: Spring's start-up steps ({@code BufferingApplicationStartup}) by the time each took
 * itself, without the steps nested in it (a bean's own construction, not that of the beans it needs).
 */
final class Startsteg {

    private Startsteg() {
    }

    static void skriv(StartupTimeline tidslinje, int antal) {
        var egen = new HashMap<Long, Long>();
        var handelser = new HashMap<Long, StartupTimeline.TimelineEvent>();
        for (var handelse : tidslinje.getEvents()) {
            var steg = handelse.getStartupStep();
            handelser.put(steg.getId(), handelse);
            egen.merge(steg.getId(), handelse.getDuration().toNanos(), Long::sum);
            if (steg.getParentId() != null) {
                egen.merge(steg.getParentId(), -handelse.getDuration().toNanos(), Long::sum);
            }
        }
        egen.entrySet().stream().filter(post -> handelser.containsKey(post.getKey()))
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()).limit(antal).forEach(post -> {
            var steg = handelser.get(post.getKey()).getStartupStep();
            var taggar = new StringBuilder();
            steg.getTags().forEach(tagg -> taggar.append(' ').append(tagg.getKey()).append('=').append(tagg.getValue()));
            System.out.printf(Locale.ROOT, "STARTSTEG %8.1f ms %s%s%n", post.getValue() / 1e6, steg.getName(), taggar);
        });
    }
}
