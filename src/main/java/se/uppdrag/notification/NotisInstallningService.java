package se.uppdrag.notification;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.notification.internal.NotisInstallningEntity;
import se.uppdrag.notification.internal.NotisInstallningRepository;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.text.OgiltigtVardeException;

/** The current user's choice per kind of mail. Decisions and distributions cannot be turned off. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotisInstallningService {

    private final NotisInstallningRepository repository;
    private final CurrentUser currentUser;

    NotisInstallningService(NotisInstallningRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Map<MailTyp, Leverans> mina() {
        var val = new EnumMap<MailTyp, Leverans>(MailTyp.class);
        for (var typ : MailTyp.values()) {
            if (typ.valbar()) {
                val.put(typ, Leverans.DIREKT);
            }
        }
        repository.findByPersonId(jag()).forEach(i -> val.put(i.typ(), i.leverans()));
        return val;
    }

    public void satt(MailTyp typ, Leverans leverans) {
        if (!typ.kanStangasAv() && leverans != Leverans.DIREKT) {
            throw new OgiltigtVardeException("mail.fel.alltid-direkt");
        }
        repository.findById(new NotisInstallningEntity.Nyckel(jag(), typ))
                .ifPresentOrElse(i -> i.leverans(leverans), () -> repository.save(new NotisInstallningEntity(jag(), typ, leverans)));
    }

    private long jag() {
        return currentUser.require().personId().value();
    }
}
