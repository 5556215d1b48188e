package se.uppdrag.uppdrag;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.delegation.Delegationsordning;
import se.uppdrag.delegation.Delegationsregel;
import se.uppdrag.delegation.Delegeringsfall;
import se.uppdrag.delegation.Uppdragsslag;
import se.uppdrag.personer.Person;

/**
 * Who may decide this uppdrag under the delegationsordning: the unit its header names, its kind (a revision when it
 * ersätter an earlier uppdragshandling, otherwise new), its financing amount, on the day. The editor offers and marks
 * them; {@link BeslutService#skickaForBeslut(String)} refuses a draft none of whose beslutsfattare is among them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Beslutsratt {

    private final Delegationsordning ordning;
    private final Clock clock;

    Beslutsratt(Delegationsordning ordning, Clock clock) {
        this.ordning = ordning;
        this.clock = clock;
    }

    /** The case the delegationsordning judges for the handling on the day. */
    public static Delegeringsfall fall(Uppdragshandling h, LocalDate dag) {
        return new Delegeringsfall(h.huvud().enhet(), h.ersatter() == null ? Uppdragsslag.NYTT : Uppdragsslag.REVIDERING,
                h.finansiering().beloppKr(), dag);
    }

    /** Everyone with authority to decide the handling today, each once, by name. */
    public List<Person> behoriga(Uppdragshandling h) {
        return behoriga(h.huvud().enhet(), h.ersatter() != null, h.finansiering().beloppKr());
    }

    /**
     * The same for a handling as the editor holds it while it is written: the header's unit, whether it ersätter an
     * earlier uppdragshandling, and its financing amount.
     */
    public List<Person> behoriga(@Nullable String enhet, boolean revidering, @Nullable BigDecimal beloppKr) {
        var fall = new Delegeringsfall(enhet, revidering ? Uppdragsslag.REVIDERING : Uppdragsslag.NYTT, beloppKr,
                LocalDate.now(clock));
        return ordning.galler(fall).stream().map(Delegationsregel::delegat).filter(p -> !p.inaktiverad()).distinct().toList();
    }

    /** Whether an administrator has recorded any delegationsordning (a new installation has none). */
    public boolean arInlagd() {
        return ordning.arInlagd();
    }

    /**
     * Refuses, with the reason, a handling that no chosen beslutsfattare may decide today: a new installation that has
     * no delegationsordning yet says so, naming who must record it.
     */
    public void krav(Uppdragshandling h) {
        var valda = h.beslutsform().beslutsfattare().stream().map(b -> b.person().id()).toList();
        if (valda.isEmpty()) {
            return;
        }
        if (!ordning.arInlagd()) {
            throw new UtanBeslutsrattException("beslutsratt.fel.ingen-ordning");
        }
        var fall = fall(h, LocalDate.now(clock));
        if (ordning.behoriga(fall, valda).isEmpty()) {
            throw new UtanBeslutsrattException("beslutsratt.fel.ingen-behorig", namn(h), fall.enhet() == null ? "–" : fall.enhet(),
                    new se.uppdrag.text.Meddelande(fall.slag().textnyckel()),
                    fall.beloppKr() == null ? "–" : se.uppdrag.delegation.Regeltext.kronor(fall.beloppKr()) + " kr");
        }
    }

    private static String namn(Uppdragshandling h) {
        return String.join(", ", h.beslutsform().beslutsfattare().stream().map(b -> b.person().namn()).toList());
    }
}
