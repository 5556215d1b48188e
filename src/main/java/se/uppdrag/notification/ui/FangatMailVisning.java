package se.uppdrag.notification.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import se.uppdrag.notification.FangatMail;
import se.uppdrag.text.Tidsformat;

/**
 * One captured mail opened: its headers, the whole subject, the plain text, the attachments by name and size, and
 * the HTML version in a sandboxed frame (no scripts, forms, navigation or same origin; nothing loaded from outside),
 * so that the mail's HTML never becomes part of this page.
 */
class FangatMailVisning extends Div {

    /** Inside the frame: no scripts, no fetching of anything; inline styles and embedded images only. */
    private static final String SKYDD = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:\">";

    FangatMailVisning(FangatMail mail, Tidsformat tid) {
        addClassName("fangat-mail");
        add(rad("utkorg.fran", mail.fran()), rad("utkorg.till", mail.till()), rad("utkorg.amne", mail.amne()));
        if (mail.skickat() != null) {
            add(rad("utkorg.skickat", tid.sekund(mail.skickat())));
        }
        var text = new Pre(mail.text());
        text.addClassName("brevtext");
        add(text);
        if (!mail.bilagor().isEmpty()) {
            var lista = new UnorderedList();
            lista.addClassName("bilagor");
            mail.bilagor().forEach(b -> lista.add(new ListItem(getTranslation("utkorg.bilaga",
                    b.namn() == null ? getTranslation("utkorg.bilaga.namnlos") : b.namn(), storlek(b.storlek()), b.mediatyp()))));
            add(new Paragraph(getTranslation("utkorg.bilagor")), lista);
        }
        if (mail.html() != null) {
            var ram = new IFrame();
            ram.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
            ram.setSrcdoc(SKYDD + mail.html());
            ram.setTitle(getTranslation("utkorg.html-version"));
            ram.addClassName("brev-html");
            add(new Details(getTranslation("utkorg.visa-html"), ram));
        }
    }

    private Paragraph rad(String etikett, String varde) {
        var namn = new Span(getTranslation(etikett) + ": ");
        namn.addClassName("etikett");
        return new Paragraph(namn, new Span(varde));
    }

    /** 512 byte, 12,3 kB, 1,5 MB: in the UI's language. */
    private String storlek(long antal) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        if (antal < 1024) {
            return getTranslation("utkorg.storlek.byte", antal);
        }
        if (antal < 1024 * 1024) {
            return getTranslation("utkorg.storlek.kb", format.format(antal / 1024.0));
        }
        return getTranslation("utkorg.storlek.mb", format.format(antal / (1024.0 * 1024.0)));
    }
}
