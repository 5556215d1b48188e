package se.uppdrag.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sender's steps on the outbox, each its own short transaction: what is due, claim one, read it, and
 * record the result. Sending itself happens between them, outside any transaction.
 */
@Component
@Transactional
public class Utkorgsbok {

    private final UtgaendePostRepository post;

    private final UtgaendeBilagaRepository bilagor;

    Utkorgsbok(UtgaendePostRepository post, UtgaendeBilagaRepository bilagor) {
        this.post = post;
        this.bilagor = bilagor;
    }

    /** The mail's attachment, if it has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<se.uppdrag.notification.Mailbilaga> bilaga(UtgaendePostEntity brev) {
        return java.util.Optional.ofNullable(brev.bilagaId()).flatMap(bilagor::findById)
                .map(UtgaendeBilagaEntity::toMailbilaga);
    }

    @Transactional(readOnly = true)
    public List<Long> attSkicka(Instant nu, int max) {
        return post.attSkicka(nu, PageRequest.of(0, max));
    }

    /** True when this sender got the mail; false when another one already has it. */
    public boolean ta(long id, String sandare, Instant nu, Instant till) {
        return post.ta(id, sandare, nu, till) == 1;
    }

    @Transactional(readOnly = true)
    public UtgaendePostEntity hamta(long id) {
        return post.findById(id).orElseThrow();
    }

    public void skickades(long id, Instant nu) {
        post.findById(id).orElseThrow().skickades(nu);
    }

    public void misslyckades(long id, String fel, Instant nu, int maxForsok) {
        post.findById(id).orElseThrow().misslyckades(fel, nu, maxForsok);
    }
}
