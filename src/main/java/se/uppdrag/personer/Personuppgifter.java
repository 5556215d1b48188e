package se.uppdrag.personer;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What an administrator (or an import row) says about a person; each rule fails at its field, in Swedish. */
public record Personuppgifter(String namn, @Nullable String titel, @Nullable EnhetId enhet, @Nullable EmailAddress epost,
        @Nullable String anstallningsId, @Nullable LocalDate aktivFran, @Nullable LocalDate aktivTill) {

    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$");

    public Personuppgifter {
        if (namn == null || namn.isBlank()) {
            throw new KatalogFelException("namn", "katalog.fel.personnamn");
        }
        namn = namn.strip().replaceAll("\\s+", " ");
        if (namn.length() > 200) {
            throw new KatalogFelException("namn", "katalog.fel.namn-langd");
        }
        titel = titel == null || titel.isBlank() ? null : titel.strip();
        if (titel != null && titel.length() > 300) {
            throw new KatalogFelException("titel", "katalog.fel.titel-langd");
        }
        anstallningsId = anstallningsId == null || anstallningsId.isBlank() ? null : anstallningsId.strip();
        if (anstallningsId != null && !ID.matcher(anstallningsId).matches()) {
            throw new KatalogFelException("anstallningsId", "katalog.fel.id-form");
        }
        if (aktivFran != null && aktivTill != null && aktivTill.isBefore(aktivFran)) {
            throw new KatalogFelException("aktivTill", "katalog.fel.aktiv-till");
        }
    }
}
