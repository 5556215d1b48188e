package se.uppdrag.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The login page, in the user's language. Spring Security handles the POST to /login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph utgangen = new Paragraph();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        var rubrik = new H1(getTranslation("app.namn"));
        rubrik.addClassName("login-rubrik");
        utgangen.setText(getTranslation("sakerhet.login.utgangen"));
        utgangen.addClassName("login-utgangen");
        utgangen.getElement().setAttribute("role", "status");
        add(rubrik, new Paragraph(getTranslation("login.ingress")), utgangen, form);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formular = i18n.getForm();
        formular.setTitle(getTranslation("login.rubrik"));
        formular.setUsername(getTranslation("login.anvandarnamn"));
        formular.setPassword(getTranslation("login.losenord"));
        formular.setSubmit(getTranslation("login.logga-in"));
        var fel = i18n.getErrorMessage();
        fel.setTitle(getTranslation("login.fel.rubrik"));
        fel.setMessage(getTranslation("login.fel.text"));
        fel.setUsername(getTranslation("login.fel.anvandarnamn"));
        fel.setPassword(getTranslation("login.fel.losenord"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parametrar = event.getLocation().getQueryParameters().getParameters();
        if (parametrar.containsKey("sparrad")) {
            // refused by the throttle: the same words whether the account exists or not
            var i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("sakerhet.login.sparrad.rubrik"));
            i18n.getErrorMessage().setMessage(getTranslation("sakerhet.login.sparrad"));
            form.setI18n(i18n);
        }
        form.setError(parametrar.containsKey("error"));
        utgangen.setVisible(parametrar.containsKey("utgangen"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.rubrik") + " – " + getTranslation("app.namn");
    }
}
