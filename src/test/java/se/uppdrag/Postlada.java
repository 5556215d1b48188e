package se.uppdrag;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server for tests (GreenMail where the test profile sends), and what it received. */
public final class Postlada {

    private Postlada() {
    }

    /** On the port the build reserved (system property spring.mail.port, which the application context also reads). */
    public static GreenMailExtension smtp() {
        var port = Integer.getInteger("spring.mail.port", 3026);
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);
    }

    /** The mails one address received. */
    public static List<MimeMessage> till(GreenMailExtension smtp, String adress) {
        return till(smtp.getReceivedMessages(), adress);
    }

    /** The mails one address received at a GreenMail of its own (a jar started by a test sends there). */
    public static List<MimeMessage> till(com.icegreen.greenmail.util.GreenMail smtp, String adress) {
        return till(smtp.getReceivedMessages(), adress);
    }

    private static List<MimeMessage> till(MimeMessage[] mottagna, String adress) {
        return Arrays.stream(mottagna).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(adress));
            } catch (MessagingException fel) {
                return false;
            }
        }).toList();
    }

    public static String amne(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException fel) {
            throw new IllegalStateException(fel);
        }
    }

    /** The HTML part of a multipart mail. */
    public static String html(MimeMessage mail) {
        return del(mail, "text/html");
    }

    private static String del(MimeMessage mail, String typ) {
        try {
            return del(mail.getContent(), typ);
        } catch (Exception fel) {
            throw new IllegalStateException(fel);
        }
    }

    private static String del(Object innehall, String typ) throws Exception {
        if (innehall instanceof jakarta.mail.Multipart delar) {
            for (int i = 0; i < delar.getCount(); i++) {
                var del = delar.getBodyPart(i);
                if (del.isMimeType(typ)) {
                    return (String) del.getContent();
                }
                var inre = del(del.getContent(), typ);
                if (!inre.isEmpty()) {
                    return inre;
                }
            }
        }
        return "";
    }

    /** The plain-text part, decoded. */
    public static String innehall(MimeMessage mail) {
        return del(mail, "text/plain");
    }

    /** An attachment: its file name and bytes. */
    public record Bilaga(String filnamn, String typ, byte[] innehall) {
    }

    /** The mail's attachments, in order. */
    public static List<Bilaga> bilagor(MimeMessage mail) {
        try {
            var bilagor = new java.util.ArrayList<Bilaga>();
            if (mail.getContent() instanceof jakarta.mail.Multipart delar) {
                for (int i = 0; i < delar.getCount(); i++) {
                    var del = delar.getBodyPart(i);
                    if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(del.getDisposition())) {
                        bilagor.add(new Bilaga(jakarta.mail.internet.MimeUtility.decodeText(del.getFileName()),
                                del.getContentType(), del.getInputStream().readAllBytes()));
                    }
                }
            }
            return bilagor;
        } catch (Exception fel) {
            throw new IllegalStateException(fel);
        }
    }
}
