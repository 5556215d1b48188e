package se.uppdrag.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import se.uppdrag.security.Inloggningssatt;

/**
 * The login page, in the user's language: the button for single sign-on when it is on, the form for a login name
 * and password when local passwords are on. Spring Security handles the POST to /login and the sign-in at the
 * provider; a failed one comes back here with {@code ?error} (wrong password) or {@code ?error=<why>}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The reasons with a message of their own, {@code oidc.fel.<reason>}. */
    private static final List<String> ORSAKER = List.of("oidc", "avstangd", "losenord");

    private final LoginForm form = new LoginForm();
    private final Paragraph meddelande = new Paragraph();
    private final Paragraph utgangen = new Paragraph();

    LoginView(Inloggningssatt inloggning) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var rubrik = new H1(getTranslation("app.namn"));
        rubrik.addClassName("login-rubrik");
        utgangen.setText(getTranslation("sakerhet.login.utgangen"));
        utgangen.addClassName("login-utgangen");
        utgangen.getElement().setAttribute("role", "status");
        add(rubrik, new Paragraph(getTranslation("login.ingress")), utgangen);
        meddelande.getElement().setAttribute("role", "alert");
        meddelande.addClassName("login-meddelande");
        meddelande.setVisible(false);
        add(meddelande);
        inloggning.oidc().ifPresent(leverantor -> {
            var knapp = new Button(getTranslation("oidc.logga-in", leverantor.namn()),
                    klick -> klick.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(leverantor.adress())));
            knapp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            knapp.addClassName("oidc-logga-in");
            add(knapp);
        });
        if (inloggning.losenord()) {
            form.setAction("login");
            form.setForgotPasswordButtonVisible(false);
            form.setI18n(i18n());
            add(form);
        }
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
        var fel = parametrar.get("error");
        var orsak = fel == null ? null : fel.stream().filter(ORSAKER::contains).findFirst().orElse(null);
        if (parametrar.containsKey("otillganglig")) {
            // the database was away: the sign-in was never tried, so nothing about the password
            var i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("sakerhet.login.otillganglig.rubrik"));
            i18n.getErrorMessage().setMessage(getTranslation("fel.otillganglig"));
            form.setI18n(i18n);
        } else if (parametrar.containsKey("sparrad")) {
            // refused by the throttle: the same words whether the account exists or not
            var i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("sakerhet.login.sparrad.rubrik"));
            i18n.getErrorMessage().setMessage(getTranslation("sakerhet.login.sparrad"));
            form.setI18n(i18n);
        }
        form.setError(fel != null && orsak == null);
        utgangen.setVisible(parametrar.containsKey("utgangen"));
        if (orsak != null) {
            meddelande.getElement().setAttribute("role", "alert");
            meddelande.setText(getTranslation("oidc.fel." + orsak));
        } else if (parametrar.containsKey("losenord")) {
            // after a password was set from a one-time link (LosenordView)
            meddelande.getElement().setAttribute("role", "status");
            meddelande.setText(getTranslation("losenord.satt"));
        }
        meddelande.setVisible(orsak != null || parametrar.containsKey("losenord"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.rubrik") + " – " + getTranslation("app.namn");
    }
}
