package se.uppdrag.notification;

import java.util.Map;

/**
 * One mail to one recipient about one event. {@code handelsenyckel} names the event ("uppgift:42:tilldelad"):
 * the same event is queued only once per recipient. {@code data} fills the template; every value is escaped.
 */
public record Notis(String handelsenyckel, MailTyp typ, Adressat till, Map<String, String> data, String lank) {

    public Notis {
        data = Map.copyOf(data);
    }
}
