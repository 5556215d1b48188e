package se.uppdrag.notification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.uppdrag.notification.Leverans;
import se.uppdrag.notification.NotisInstallningService;
import se.uppdrag.security.Roller;

/** Mina inställningar: for each kind of mail, at once, in the daily digest, or not at all. */
@Route("installningar")
@Menu(title = "nav.installningar", order = 70, icon = "vaadin:envelope-o")
@RolesAllowed(Roller.ANVANDARE)
class NotisInstallningarView extends VerticalLayout implements HasDynamicTitle {

    NotisInstallningarView(NotisInstallningService installningar) {
        add(new H1(getTranslation("installningar.rubrik")), new Paragraph(getTranslation("installningar.ingress")));
        installningar.mina().forEach((typ, leverans) -> {
            var val = new RadioButtonGroup<Leverans>(getTranslation("mailtyp." + typ.name()));
            val.setItems(typ.kanStangasAv() ? Leverans.values() : new Leverans[] {Leverans.DIREKT});
            val.setItemLabelGenerator(l -> getTranslation("leverans." + l.name()));
            val.setValue(leverans);
            if (!typ.kanStangasAv()) {
                val.setHelperText(getTranslation("installningar.alltid"));
            }
            val.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    installningar.satt(typ, e.getValue());
                    Notification.show(getTranslation("installningar.sparat"));
                }
            });
            add(val);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("installningar.rubrik") + " – " + getTranslation("app.namn");
    }
}
