package se.uppdrag.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.uppdrag.text.Meddelande;

/**
 * Renders mails from the templates in {@code mail/}: Mustache, which evaluates nothing users typed and escapes
 * it in HTML. Subjects are made single-line so no header can be injected through user text.
 */
@Component
public class MailMallar {

    /**
     * A data key that makes any kind of mail neutral: the texts {@code NEUTRAL.*} (a subject that says a matter waits,
     * with the diarienummer at most) in place of the kind's own, so that nothing of the matter is written in the mail;
     * the kind still decides who may turn it off. For matters under sekretess.
     */
    public static final String NEUTRAL = "neutral";

    private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).defaultValue("");
    private final Mustache.Compiler text = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).defaultValue("");
    private final Properties texter = new Properties();
    private final Template htmlBrev;
    private final Template textBrev;
    private final String organisation;
    private final String baseUrl;

    MailMallar(@Value("${uppdrag.organisation}") String organisation, @Value("${uppdrag.base-url}") String baseUrl) {
        this.organisation = organisation;
        this.baseUrl = baseUrl;
        try (var in = new InputStreamReader(new ClassPathResource("mail/texter.properties").getInputStream(), StandardCharsets.UTF_8)) {
            texter.load(in);
            htmlBrev = html.compile(las("mail/brev.html.mustache"));
            textBrev = text.compile(las("mail/brev.txt.mustache"));
        } catch (IOException fel) {
            throw new UncheckedIOException(Meddelande.svenska("mail.fel.mallar"), fel);
        }
    }

    /** A full link into the application. */
    public String lank(String vag) {
        return baseUrl.replaceAll("/+$", "") + "/" + vag.replaceAll("^/+", "");
    }

    public Brev rendera(MailTyp typ, String mottagare, Map<String, String> data, String lank, List<Map<String, String>> rader) {
        var mall = data.containsKey(NEUTRAL) ? "NEUTRAL" : typ.name();
        var amne = enRad(text.compile(texter.getProperty(mall + ".amne")).execute(data));
        var modell = new HashMap<String, Object>();
        modell.put("amne", amne);
        modell.put("namn", enRad(mottagare));
        modell.put("lank", lank);
        modell.put("organisation", organisation);
        modell.put("installningar", lank("installningar"));
        modell.put("lista", !rader.isEmpty());
        modell.put("rader", rader);
        modell.put("rubrik", text.compile(texter.getProperty(mall + ".rubrik")).execute(data));
        var htmlModell = new HashMap<>(modell);
        htmlModell.put("ingress", html.compile(texter.getProperty(mall + ".ingress")).execute(data));
        modell.put("ingress", text.compile(texter.getProperty(mall + ".ingress")).execute(data));
        return new Brev(amne, htmlBrev.execute(htmlModell), textBrev.execute(modell));
    }

    /** No line breaks or control characters: what goes into a header stays one header. */
    static String enRad(String varde) {
        var rensat = varde.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return rensat.length() > 400 ? rensat.substring(0, 400) + "…" : rensat;
    }

    private static String las(String vag) throws IOException {
        try (var in = new ClassPathResource(vag).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
