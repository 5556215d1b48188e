package se.uppdrag.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A wrong address, or a view the user may not open (Vaadin sends denied navigation here too, so the page never tells
 * whether the view exists): a Swedish page with a title and a way back, instead of Vaadin's English route list.
 */
@AnonymousAllowed
public class SidanSaknasView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("fel.sidan-saknas.rubrik")), new Paragraph(getTranslation("fel.sidan-saknas")),
                new Anchor("uppgifter", getTranslation("uppgift.till-inkorgen")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fel.sidan-saknas.rubrik") + " – " + getTranslation("app.namn");
    }
}
