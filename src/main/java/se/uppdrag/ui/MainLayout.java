package se.uppdrag.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import se.uppdrag.security.CurrentUser;

/** The shell around every view: menu, the logged-in user, language choice and logout. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var namn = new Span(getTranslation("app.namn"));
        namn.addClassName("app-namn");
        addToDrawer(namn, new Scroller(meny()));
        addToNavbar(new DrawerToggle(), sidhuvud(currentUser, authentication));
    }

    /**
     * The views marked with {@code @Menu} that the user may open, in their order: Vaadin checks each view's own access
     * annotation, so the menu and the route are secured by the same line. The title is a translation key.
     */
    private SideNav meny() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.rubrik"));
        MenuConfiguration.getMenuEntries().forEach(post -> nav.addItem(menypost(post)));
        return nav;
    }

    private SideNavItem menypost(MenuEntry post) {
        var item = new SideNavItem(getTranslation(post.title()), post.path().replaceFirst("^/", ""));
        if (post.icon() != null && !post.icon().isBlank()) {
            item.setPrefixComponent(new Icon(post.icon()));
        }
        return item;
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
