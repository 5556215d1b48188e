package se.uppdrag.uppdrag.versioner;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.dokument.Dokumentmall;

/**
 * Compares two kept versions of an uppdragshandling, or a version with the current text, section by section as the
 * paper document reads. Whoever may read the uppdrag may compare its versions.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@uppdragAtkomst.kanLasa(#id)")
public class VersionJamforelseService {

    /** Stands for the current text instead of a version number. */
    public static final int AKTUELL = 0;

    private final Versioner versioner;
    private final UppdragService uppdrag;

    VersionJamforelseService(Versioner versioner, UppdragService uppdrag) {
        this.versioner = versioner;
        this.uppdrag = uppdrag;
    }

    /** What changed from {@code fran} to {@code till}: version numbers, or {@link #AKTUELL}. */
    public Jamforelse jamfor(UppdragId id, int fran, int till) {
        return Dokumentjamforelse.jamfor(Dokumentmall.av(text(id, fran)), Dokumentmall.av(text(id, till)));
    }

    private Uppdragshandling text(UppdragId id, int version) {
        if (version < 0) {
            throw new se.uppdrag.text.OgiltigtVardeException("jamforelse.fel.valj-version");
        }
        return version == AKTUELL ? uppdrag.hamta(id) : versioner.las(id.value(), version);
    }
}
