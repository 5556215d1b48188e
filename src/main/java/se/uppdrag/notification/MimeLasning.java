package se.uppdrag.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads a MIME message into a {@link FangatMail}: every transfer encoding and charset decoded, parts sorted out. */
final class MimeLasning {

    private @Nullable String text;
    private @Nullable String html;
    private final List<FangatMail.Bilaga> bilagor = new ArrayList<>();

    private MimeLasning() {
    }

    static FangatMail las(MimeMessage mail) throws MessagingException, IOException {
        var lasning = new MimeLasning();
        lasning.del(mail);
        var amne = mail.getSubject(); // decodes the encoded-words (RFC 2047) of a folded header
        var skickat = mail.getSentDate();
        return new FangatMail(adresser(mail.getFrom()), adresser(mail.getAllRecipients()), amne == null ? "" : amne,
                skickat == null ? null : skickat.toInstant(), lasning.text == null ? "" : lasning.text, lasning.html,
                lasning.bilagor);
    }

    private void del(Part del) throws MessagingException, IOException {
        if (del.isMimeType("multipart/*") && del.getContent() instanceof Multipart delar) {
            for (int i = 0; i < delar.getCount(); i++) {
                del(delar.getBodyPart(i));
            }
            return;
        }
        var namn = filnamn(del);
        var bifogad = namn != null || Part.ATTACHMENT.equalsIgnoreCase(del.getDisposition());
        if (!bifogad && text == null && del.isMimeType("text/plain")) {
            text = texten(del);
        } else if (!bifogad && html == null && del.isMimeType("text/html")) {
            html = texten(del);
        } else {
            bilagor.add(new FangatMail.Bilaga(namn, mediatyp(del), storlek(del)));
        }
    }

    /** The text in its charset, quoted-printable or base64 undone; unknown charsets are read as UTF-8. */
    private static String texten(Part del) throws MessagingException, IOException {
        try {
            if (del.getContent() instanceof String innehall) {
                return innehall;
            }
        } catch (UnsupportedEncodingException okandTeckenkodning) {
            // falls through
        }
        try (var strom = del.getInputStream()) {
            return new String(strom.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file name, decoded from RFC 2231 parameters or from encoded-words (as many mailers write them). */
    private static @Nullable String filnamn(Part del) throws MessagingException {
        var namn = del.getFileName();
        if (namn == null || namn.isBlank()) {
            return null;
        }
        try {
            return namn.contains("=?") ? MimeUtility.decodeText(namn) : namn;
        } catch (UnsupportedEncodingException fel) {
            return namn;
        }
    }

    private static String mediatyp(Part del) throws MessagingException {
        try {
            return new ContentType(del.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException fel) {
            return "application/octet-stream";
        }
    }

    /** The size of the file itself, not of its base64 form in the mail. */
    private static long storlek(Part del) throws MessagingException, IOException {
        try (var strom = del.getInputStream()) {
            return strom.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static String adresser(Address @Nullable [] adresser) {
        if (adresser == null) {
            return "";
        }
        return Arrays.stream(adresser).map(MimeLasning::lasbar).collect(Collectors.joining(", "));
    }

    private static String lasbar(Address adress) {
        try {
            return MimeUtility.decodeText(adress.toString());
        } catch (UnsupportedEncodingException fel) {
            return adress.toString();
        }
    }
}
