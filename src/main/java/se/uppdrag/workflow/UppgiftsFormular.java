package se.uppdrag.workflow;

import com.vaadin.flow.component.Component;

/** A feature's form for some of its task types; the inbox shows it beside what the task concerns. */
public interface UppgiftsFormular {

    boolean hanterar(String typ);

    /** The form; {@code klar} is called after the task was completed so the inbox can move on. */
    Component formular(Uppgift uppgift, Runnable klar);

    /** What the task concerns (for uppdrag: the document), shown beside the form. */
    Component arende(Uppgift uppgift);
}
