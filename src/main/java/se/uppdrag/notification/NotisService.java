package se.uppdrag.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.notification.internal.NotisInstallningEntity;
import se.uppdrag.notification.internal.NotisInstallningRepository;
import se.uppdrag.notification.internal.UtgaendeBilagaEntity;
import se.uppdrag.notification.internal.UtgaendeBilagaRepository;
import se.uppdrag.notification.internal.UtgaendePostEntity;
import se.uppdrag.notification.internal.UtgaendePostRepository;

/**
 * Queues mails in the outbox, in the transaction of the change that causes them: if the change rolls back,
 * so does the mail, and nothing is ever sent from inside a user's transaction. Called by other features (also
 * from the process engine without a logged-in user), so it is not method-secured; it only writes the outbox.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class NotisService {

    private final UtgaendePostRepository post;
    private final NotisInstallningRepository installningar;
    private final MailMallar mallar;
    private final Clock clock;

    private final UtgaendeBilagaRepository bilagor;

    NotisService(UtgaendePostRepository post, UtgaendeBilagaRepository bilagor, NotisInstallningRepository installningar,
            MailMallar mallar, Clock clock) {
        this.bilagor = bilagor;
        this.post = post;
        this.installningar = installningar;
        this.mallar = mallar;
        this.clock = clock;
    }

    /** Queues the mail unless this event is already queued for this recipient, or they turned this kind off. */
    public void koa(Notis notis) {
        var epost = notis.till().epost().value();
        if (post.existsByHandelsenyckelAndEpost(notis.handelsenyckel(), epost)) {
            return;
        }
        var leverans = leverans(notis);
        if (leverans == Leverans.AV) {
            return;
        }
        var brev = mallar.rendera(notis.typ(), notis.till().namn(), notis.data(), notis.lank(), List.of());
        var status = leverans == Leverans.SAMMANDRAG ? UtgaendePostEntity.Status.SAMMANDRAG : UtgaendePostEntity.Status.VANTAR;
        post.save(new UtgaendePostEntity(notis.handelsenyckel(), epost, notis.till().namn(),
                notis.till().personId() == null ? null : notis.till().personId().value(), notis.typ(), brev.amne(),
                brev.html(), brev.text(), notis.lank(), status, clock.instant()).medBilaga(notis.bilaga()));
    }

    /** Stores an attachment once, for any number of mails to carry ({@link Notis#bilaga}); returns its id. */
    public long bilaga(Mailbilaga bilaga) {
        return java.util.Objects.requireNonNull(bilagor.save(new UtgaendeBilagaEntity(bilaga, clock.instant())).id());
    }

    public void koa(List<Notis> notiser) {
        notiser.forEach(this::koa);
    }

    private Leverans leverans(Notis notis) {
        if (!notis.typ().kanStangasAv() || notis.till().personId() == null) {
            return Leverans.DIREKT;
        }
        return installningar.findById(new NotisInstallningEntity.Nyckel(notis.till().personId().value(), notis.typ()))
                .map(NotisInstallningEntity::leverans).orElse(Leverans.DIREKT);
    }
}
