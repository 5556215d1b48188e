package se.uppdrag.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.workflow.UppgiftService;

/** The comments on a task, and a field to add one. */
class Kommentarer extends VerticalLayout {

    private final UppgiftService uppgifter;
    private final String taskId;
    private final Tidsformat tid;
    private final UnorderedList lista = new UnorderedList();

    /** This comment's key: the same comment sent again (its reply never came) is written once. */
    private java.util.UUID nyckel = java.util.UUID.randomUUID();

    Kommentarer(UppgiftService uppgifter, String taskId, Tidsformat tid) {
        this.uppgifter = uppgifter;
        this.taskId = taskId;
        this.tid = tid;
        setPadding(false);
        var text = new TextArea(getTranslation("uppgift.ny-kommentar"));
        text.setWidthFull();
        text.setMaxLength(4000);
        var skicka = new Button(getTranslation("uppgift.kommentera"), e -> {
            try {
                uppgifter.kommentera(taskId, text.getValue(), nyckel);
                // the next comment is another: a new key (a failed one keeps its key for the click that tries again)
                nyckel = java.util.UUID.randomUUID();
                text.clear();
                text.setInvalid(false);
                visa();
            } catch (IllegalArgumentException fel) {
                text.setErrorMessage(se.uppdrag.text.Meddelande.text(fel, this::getTranslation));
                text.setInvalid(true);
            }
        });
        lista.addClassName("kommentarer");
        add(new H2(getTranslation("uppgift.kommentarer")), lista, text, skicka);
        visa();
    }

    private void visa() {
        lista.removeAll();
        uppgifter.kommentarer(taskId).forEach(k -> {
            var vem = new Span(k.forfattare() + ", " + tid.minut(k.tid()) + ": ");
            vem.addClassName("kommentar-vem");
            lista.add(new ListItem(vem, new Span(k.text())));
        });
    }
}
