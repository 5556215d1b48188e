package se.uppdrag.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.persistence.criteria.Predicate;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.notification.internal.UtgaendePostEntity;
import se.uppdrag.notification.internal.UtgaendePostRepository;
import se.uppdrag.text.OgiltigtVardeException;
import se.uppdrag.text.OtillatetLageException;

/** The administrators' view of outgoing mail: status and attempts, failed ones sent again, and captured mail. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class UtkorgService {

    private final UtgaendePostRepository post;
    private final ObjectProvider<GreenMail> fangst;
    private final Clock clock;

    private final Inlamningar inlamningar;

    UtkorgService(UtgaendePostRepository post, ObjectProvider<GreenMail> fangst, Clock clock, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.post = post;
        this.fangst = fangst;
        this.clock = clock;
    }

    public List<UtgaendeMail> lista(Optional<String> status, Pageable pageable) {
        return lista(status, "", pageable);
    }

    /** The outbox, newest first: with the status, if given, and whose recipient or subject contains the text. */
    public List<UtgaendeMail> lista(Optional<String> status, String sok, Pageable pageable) {
        var text = sok.strip().toLowerCase(Locale.ROOT);
        Specification<UtgaendePostEntity> urval = (root, query, cb) -> {
            var villkor = new ArrayList<Predicate>();
            status.ifPresent(s -> villkor.add(cb.equal(root.get("status").as(String.class), s)));
            if (!text.isEmpty()) {
                // a diarienummer, an address or a word; % and _ in what is typed are meant as themselves
                var monster = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                villkor.add(cb.or(cb.like(cb.lower(root.get("epost")), monster, '\\'),
                        cb.like(cb.lower(root.get("amne")), monster, '\\')));
            }
            return cb.and(villkor.toArray(Predicate[]::new));
        };
        var sida = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return post.findAll(urval, sida).stream().map(p -> new UtgaendeMail(p.id(), p.epost(), p.typ(), p.amne(), p.status().name(),
                p.forsok(), p.senasteFel(), p.skapad(), p.skickad(), Losenordsbrev.utanLank(p.textPlain()))).toList();
    }

    @Transactional
    public void skickaIgen(long id) {
        skickaIgen(id, null);
    }

    /** The same, sent from a form with its key: sent again, it is applied once ({@link Inlamningar}). */
    @Transactional
    public void skickaIgen(long id, @Nullable UUID nyckel) {
        inlamningar.enGang(nyckel, "utkorg.skicka-igen:" + id, () -> {
            var brev = post.findById(id).orElseThrow(() -> new OgiltigtVardeException("utkorg.fel.finns-inte"));
            if (brev.status() != UtgaendePostEntity.Status.MISSLYCKAD) {
                throw new OtillatetLageException("utkorg.fel.bara-misslyckade");
            }
            brev.forsokIgen(clock.instant());
        });
    }

    /** Whether mail is captured instead of sent (the development setup). */
    public boolean fangarPost() {
        return fangst.getIfAvailable() != null;
    }

    /** Mail caught by the development setup's SMTP capture, newest first, decoded; empty when mail really is sent. */
    public List<FangatMail> fangade() {
        var server = fangst.getIfAvailable();
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(UtkorgService::las).toList().reversed();
    }

    private static FangatMail las(MimeMessage mail) {
        try {
            return MimeLasning.las(mail);
        } catch (MessagingException | IOException fel) {
            return new FangatMail("", "", "", null, String.valueOf(fel.getMessage()), null, List.of());
        }
    }
}
