package se.uppdrag.notification;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.uppdrag.security.LosenordslankSkapad;
import se.uppdrag.text.Tidsformat;

/**
 * Mails a one-time password link. Security publishes the link as an event (it must not depend on this feature, which
 * depends on it); this listener runs synchronously in the publisher's transaction, so the mail is queued in the
 * outbox together with the link, or neither is.
 */
@Component
class Losenordsbrev {

    private static final java.util.regex.Pattern LANK = java.util.regex.Pattern.compile("/losenord/[A-Za-z0-9_-]+");
    private final NotisService notiser;
    private final MailMallar mallar;
    private final Tidsformat tid;

    Losenordsbrev(NotisService notiser, MailMallar mallar, Clock klocka) {
        this.notiser = notiser;
        this.mallar = mallar;
        this.tid = Tidsformat.av(klocka);
    }

    @EventListener
    void skicka(LosenordslankSkapad lank) {
        var typ = lank.syfte() == LosenordslankSkapad.Syfte.NY_INLOGGNING ? MailTyp.INLOGGNING_SKAPAD : MailTyp.LOSENORD_ATERSTALLNING;
        var giltig = tid.minut(lank.giltigTill());
        notiser.koa(new Notis("losenordslank:" + lank.lankId(), typ, new Adressat(lank.personId(), lank.namn(), lank.epost()),
                Map.of("giltig", giltig), mallar.lank(lank.vag())));
    }

    /**
     * The mail text as the Utkorg shows it to administrators: without the link's token, so that an administrator
     * cannot set someone's password from the outbox. (The development setup's captured mail keeps it: that is how a
     * developer follows the link.)
     */
    static String utanLank(String text) {
        return LANK.matcher(text).replaceAll("/losenord/…");
    }
}
