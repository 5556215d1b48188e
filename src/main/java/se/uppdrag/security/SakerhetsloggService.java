package se.uppdrag.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.security.internal.SakerhetshandelseEntity;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

/** Reading the security audit log. Only administrators may. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class SakerhetsloggService {

    private final SakerhetshandelseRepository handelser;

    SakerhetsloggService(SakerhetshandelseRepository handelser) {
        this.handelser = handelser;
    }

    /** Newest first; the text is looked for in the user, the address and the description, whatever the case. */
    public List<Sakerhetshandelse> lista(Optional<Sakerhetshandelse.Typ> typ, String text, Pageable sida) {
        var sokt = text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return handelser.sok(typ.orElse(null), sokt, Pageable.ofSize(sida.getPageSize()).withPage(sida.getPageNumber()))
                .stream().map(SakerhetshandelseEntity::till).toList();
    }
}
