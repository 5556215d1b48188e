package se.uppdrag.notification;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One mail to one recipient about one event. {@code handelsenyckel} names the event ("uppgift:42:tilldelad"):
 * the same event is queued only once per recipient. {@code data} fills the template; every value is escaped.
 * {@code bilaga} is an attachment stored with {@link NotisService#bilaga}, or null.
 */
public record Notis(String handelsenyckel, MailTyp typ, Adressat till, Map<String, String> data, String lank,
        @Nullable Long bilaga) {

    public Notis {
        data = Map.copyOf(data);
    }

    public Notis(String handelsenyckel, MailTyp typ, Adressat till, Map<String, String> data, String lank) {
        this(handelsenyckel, typ, till, data, lank, null);
    }
}
