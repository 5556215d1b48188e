package se.uppdrag.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import se.uppdrag.security.CurrentUser;
import se.uppdrag.security.Roller;

/** The shell around every view: menu, the logged-in user, language choice and logout. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var namn = new Span(getTranslation("app.namn"));
        namn.addClassName("app-namn");
        addToDrawer(namn, new Scroller(meny(currentUser)));
        addToNavbar(new DrawerToggle(), sidhuvud(currentUser, authentication));
    }

    private SideNav meny(CurrentUser currentUser) {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.rubrik"));
        nav.addItem(new SideNavItem(getTranslation("nav.uppgifter"), "uppgifter", VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.oversikt"), "oversikt", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.uppdrag"), "uppdrag", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.uppfoljning"), "uppfoljning", VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.tidplan"), "tidplan", VaadinIcon.CHART_TIMELINE.create()));
        if (currentUser.get().filter(user -> user.har(Roller.HANDLAGGARE)).isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("nav.nytt"), "uppdrag/ny", VaadinIcon.PLUS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.installningar"), "installningar", VaadinIcon.ENVELOPE_O.create()));
        if (currentUser.get().isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("losenord.nav.konto"), "konto", VaadinIcon.USER.create()));
        }
        if (currentUser.get().filter(user -> user.har(Roller.ADMINISTRATOR)).isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("nav.utkorg"), "utkorg", VaadinIcon.OUTBOX.create()));
            nav.addItem(new SideNavItem(getTranslation("organisation.meny"), "organisation", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("katalog.meny"), "personer", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("inloggning.nav"), "inloggningar", VaadinIcon.KEY.create()));
            nav.addItem(new SideNavItem(getTranslation("sakerhet.nav"), "sakerhetslogg", VaadinIcon.SHIELD.create()));
        }
        return nav;
    }

    private HorizontalLayout sidhuvud(CurrentUser currentUser, AuthenticationContext authentication) {
        var anvandare = new Span(currentUser.get().map(user -> user.namn()).orElse(""));
        anvandare.addClassName("inloggad");
        var sprak = new Select<Locale>();
        sprak.setAriaLabel(getTranslation("sprak.val"));
        sprak.setItems(Sprak.VALBARA);
        sprak.setItemLabelGenerator(locale -> getTranslation("sprak." + locale.getLanguage()));
        sprak.setValue(Sprak.VALBARA.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Sprak.SVENSKA));
        sprak.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Sprak.valj(UI.getCurrent().getSession(), event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        var loggaUt = new Button(getTranslation("nav.logga-ut"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        loggaUt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var rad = new HorizontalLayout(anvandare, sprak, loggaUt);
        rad.setAlignItems(FlexComponent.Alignment.CENTER);
        rad.addClassName("sidhuvud");
        rad.setWidthFull();
        rad.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return rad;
    }
}
