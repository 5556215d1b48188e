package se.uppdrag.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.notification.internal.UtgaendePostEntity;
import se.uppdrag.notification.internal.UtgaendePostRepository;

/** The daily digest: everything a person chose to get gathered becomes one mail listing it all. */
@Component
@Transactional
public class Sammandrag {

    private final UtgaendePostRepository post;
    private final MailMallar mallar;
    private final Clock clock;

    Sammandrag(UtgaendePostRepository post, MailMallar mallar, Clock clock) {
        this.post = post;
        this.mallar = mallar;
        this.clock = clock;
    }

    /** Returns how many digests were queued. */
    public int skapa() {
        var perMottagare = new LinkedHashMap<String, List<UtgaendePostEntity>>();
        post.findByStatusOrderByPersonIdAscIdAsc(UtgaendePostEntity.Status.SAMMANDRAG)
                .forEach(p -> perMottagare.computeIfAbsent(p.epost(), k -> new ArrayList<>()).add(p));
        var idag = LocalDate.now(clock);
        perMottagare.forEach((epost, poster) -> {
            var forsta = poster.getFirst();
            var rader = poster.stream().map(p -> Map.of("text", p.amne(), "lank", p.lank() == null ? "" : p.lank())).toList();
            var brev = mallar.rendera(MailTyp.SAMMANDRAG, forsta.namn() == null ? epost : forsta.namn(), Map.of(),
                    mallar.lank("uppgifter"), rader);
            var sammandrag = post.save(new UtgaendePostEntity("sammandrag:" + idag + ":" + poster.getLast().id(), epost, forsta.namn(),
                    forsta.personId(), MailTyp.SAMMANDRAG, brev.amne(), brev.html(), brev.text(), mallar.lank("uppgifter"),
                    UtgaendePostEntity.Status.VANTAR, clock.instant()));
            poster.forEach(p -> p.ingarI(sammandrag.id()));
        });
        return perMottagare.size();
    }
}
