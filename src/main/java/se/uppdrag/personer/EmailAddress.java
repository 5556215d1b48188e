package se.uppdrag.personer;

import java.util.regex.Pattern;

/** An e-mail address, trimmed and checked for a plausible form (local@domain.tld, no spaces or line breaks). */
public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    static final String OGILTIG = "Ange en giltig e-postadress, till exempel namn@region.se";

    public EmailAddress {
        value = value == null ? "" : value.strip();
        if (value.length() > 320 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(OGILTIG);
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
