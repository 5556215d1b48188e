package se.uppdrag.personer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppdrag.drift.Inlamningar;
import se.uppdrag.personer.internal.EnhetEntity;
import se.uppdrag.personer.internal.EnhetRepository;
import se.uppdrag.personer.internal.PersonEntity;
import se.uppdrag.personer.internal.PersonRepository;

/**
 * Imports the directory from a region's HR or AD export (docs/katalogimport.md): first a preview of every line, then,
 * in one transaction, the new and changed people. Importing the same file again changes nothing. People missing from
 * the file are left as they are (leavers come with an aktiv_till date, or are deactivated by hand).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class KatalogimportService {

    /** The largest file taken, in bytes (5 MB). */
    public static final int MAX_BYTE = KatalogCsv.MAX_BYTE;
    private static final int PER_FRAGA = 1000;
    private final PersonRepository personer;
    private final EnhetRepository enheter;
    private final PersonSkrivare skrivare;
    private final ApplicationEventPublisher handelser;

    private final Inlamningar inlamningar;

    KatalogimportService(PersonRepository personer, EnhetRepository enheter, PersonSkrivare skrivare,
            ApplicationEventPublisher handelser, Inlamningar inlamningar) {
        this.inlamningar = inlamningar;
        this.personer = personer;
        this.enheter = enheter;
        this.skrivare = skrivare;
        this.handelser = handelser;
    }

    /** What importing the file would do; refuses, with a {@link KatalogFelException} at "fil", what is no directory file. */
    public Forhandsgranskning forhandsgranska(byte[] fil) {
        var csv = KatalogCsv.las(fil);
        var perKod = enheter.findAll().stream().map(EnhetEntity::toEnhet)
                .collect(Collectors.toMap(e -> e.kod().value(), Function.identity()));
        var kolumn = csv.rubriker().indexOf("anstallningsid");
        var idn = csv.rader().stream().filter(r -> kolumn >= 0 && kolumn < r.falt().size()).map(r -> r.falt().get(kolumn))
                .filter(id -> !id.isEmpty()).distinct().toList();
        var befintliga = new HashMap<String, Person>();
        for (int i = 0; i < idn.size(); i += PER_FRAGA) {
            personer.findByAnstallningsIdIn(idn.subList(i, Math.min(idn.size(), i + PER_FRAGA))).stream().map(PersonEntity::toPerson)
                    .forEach(p -> befintliga.put(Objects.requireNonNull(p.anstallningsId()).toLowerCase(Locale.ROOT), p));
        }
        return Katalogimport.granska(csv, perKod, befintliga);
    }

    /**
     * Applies the file's new and changed lines, all or none, provided it still does what the administrator saw in
     * the preview; refused lines are left out. One line in the audit log tells what the import did.
     */
    @Transactional
    public Forhandsgranskning importera(byte[] fil, Forhandsgranskning sedd) {
        return importera(fil, sedd, null);
    }

    /**
     * The same with the key of the preview: an import sent again after it went through returns what it applied (the
     * preview seen) instead of refusing a file that no longer does what the preview said ({@link Inlamningar}).
     */
    @Transactional
    public Forhandsgranskning importera(byte[] fil, Forhandsgranskning sedd, @Nullable UUID nyckel) {
        return inlamningar.enGang(nyckel, "katalog.importera", () -> {
            var granskning = forhandsgranska(fil);
            if (!granskning.equals(sedd)) {
                throw new KatalogFelException("fil", "katalog.fel.fil.andrad");
            }
            for (var rad : granskning.rader()) {
                switch (rad.status()) {
                    case NY -> skrivare.skapa(Objects.requireNonNull(rad.uppgifter()), false);
                    case ANDRAD -> skrivare.andra(Objects.requireNonNull(rad.befintlig()), Objects.requireNonNull(rad.uppgifter()), false);
                    case OFORANDRAD, AVVISAD -> {
                    }
                }
            }
            handelser.publishEvent(new KatalogAndrad("Katalogimport: " + granskning.antal(Importstatus.NY) + " nya, "
                    + granskning.antal(Importstatus.ANDRAD) + " ändrade, " + granskning.antal(Importstatus.OFORANDRAD) + " oförändrade, "
                    + granskning.antal(Importstatus.AVVISAD) + " avvisade personer"));
            return granskning;
        }, klar -> "", klar -> sedd);
    }
}
