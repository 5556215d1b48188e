package se.uppdrag.uppdrag;

import java.util.regex.Pattern;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * A provision of offentlighets- och sekretesslagen (2009:400) by chapter and section, e.g. "21 kap. 7 § OSL" or
 * "10 kap. 27 a §". Written as the law cites itself; "OSL" may be left out and is always shown. OSL has 44 chapters.
 */
public record OslHanvisning(int kapitel, int paragraf, String bokstav) {

    private static final Pattern FORM = Pattern.compile(
            "^(\\d{1,2})\\s*kap\\.?\\s*(\\d{1,3})\\s*([a-z])?\\s*§(\\s*OSL)?$", Pattern.CASE_INSENSITIVE);
    private static final int KAPITEL = 44;

    public OslHanvisning {
        bokstav = bokstav == null ? "" : bokstav.strip().toLowerCase(java.util.Locale.ROOT);
        if (kapitel < 1 || kapitel > KAPITEL || paragraf < 1 || paragraf > 999 || !bokstav.matches("[a-z]?")) {
            throw new OgiltigtVardeException("sekretess.fel.osl");
        }
    }

    /** Reads "21 kap. 7 § OSL"; anything else is refused with a message that shows the form. */
    public static OslHanvisning parse(String text) {
        var matchning = FORM.matcher(text == null ? "" : text.strip().replaceAll("\\s+", " "));
        if (!matchning.matches()) {
            throw new OgiltigtVardeException("sekretess.fel.osl");
        }
        return new OslHanvisning(Integer.parseInt(matchning.group(1)), Integer.parseInt(matchning.group(2)),
                matchning.group(3));
    }

    @Override
    public String toString() {
        return kapitel + " kap. " + paragraf + (bokstav.isEmpty() ? "" : " " + bokstav) + " § OSL";
    }
}
