package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One row of a {@link RadLista}: a few fields that together make one value. */
abstract class Rad<T> extends HorizontalLayout {

    Rad() {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("rad");
    }

    /** Marks the fields that are wrong, with their messages; true when the row is valid. */
    abstract boolean validera();

    /** The value of a valid row. */
    abstract T varde();

    /** Puts the cursor in the row's first field. */
    abstract void fokusera();

    /** An untouched row is skipped rather than reported. */
    abstract boolean arTom();

    /** Calls back when a field of the row changes; rows whose values a rule across the list needs say so. */
    void narAndrad(Runnable lyssnare) {
    }

    static boolean markera(HasValidation falt, boolean fel, @org.jspecify.annotations.Nullable String meddelande) {
        falt.setErrorMessage(fel ? meddelande : null);
        falt.setInvalid(fel);
        return !fel;
    }
}
