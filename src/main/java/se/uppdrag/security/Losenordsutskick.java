package se.uppdrag.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.personer.Person;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.Losenordslankar;

/**
 * Makes a one-time link for a login and hands it to the mail: 48 hours for a new login, 1 hour for a reset
 * (uppdrag.losenord.lank.giltig-ny, uppdrag.losenord.lank.giltig-aterstall). A person without e-mail gets none.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Losenordsutskick {

    private final Losenordslankar lankar;
    private final ApplicationEventPublisher handelser;
    private final Duration giltigNy;
    private final Duration giltigAterstall;

    Losenordsutskick(Losenordslankar lankar, ApplicationEventPublisher handelser,
            @Value("${uppdrag.losenord.lank.giltig-ny:48h}") Duration giltigNy,
            @Value("${uppdrag.losenord.lank.giltig-aterstall:1h}") Duration giltigAterstall) {
        this.lankar = lankar;
        this.handelser = handelser;
        this.giltigNy = giltigNy;
        this.giltigAterstall = giltigAterstall;
    }

    void skicka(AnvandareEntity anvandare, Person person, LosenordslankSkapad.Syfte syfte) {
        var epost = person.epost();
        if (epost == null) {
            throw new Regelbrott("inloggning.fel.saknar-epost", person.namn());
        }
        var giltig = syfte == LosenordslankSkapad.Syfte.NY_INLOGGNING ? giltigNy : giltigAterstall;
        var lank = lankar.skapa(anvandare.id(), giltig);
        handelser.publishEvent(new LosenordslankSkapad(lank.id(), syfte, person.id(), person.namn(), epost,
                "losenord/" + lank.token(), lank.giltigTill()));
    }
}
