package se.uppdrag.personer;

import java.util.regex.Pattern;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.OgiltigtVardeException;

/** An e-mail address, trimmed and checked for a plausible form (local@domain.tld, no spaces or line breaks). */
public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final String OGILTIG_NYCKEL = "katalog.fel.epost-ogiltig";
    static final String OGILTIG = Meddelande.svenska(OGILTIG_NYCKEL);

    public EmailAddress {
        value = value == null ? "" : value.strip();
        if (value.length() > 320 || !FORM.matcher(value).matches()) {
            throw new OgiltigtVardeException(OGILTIG_NYCKEL);
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
