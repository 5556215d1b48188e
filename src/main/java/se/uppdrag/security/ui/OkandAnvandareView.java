package se.uppdrag.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where single sign-on leads a user the provider knows but Uppdrag does not: nobody is signed in and nothing was
 * created; the page says whom to ask.
 */
@Route(value = "inloggning/okand", autoLayout = false)
@AnonymousAllowed
class OkandAnvandareView extends VerticalLayout implements HasDynamicTitle {

    OkandAnvandareView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1(getTranslation("oidc.okand.rubrik")), new Paragraph(getTranslation("oidc.okand.text")),
                new Anchor("login", getTranslation("oidc.okand.tillbaka")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oidc.okand.rubrik") + " – " + getTranslation("app.namn");
    }
}
