/**
 * Messages for people: a key in {@code vaadin-i18n/translations*.properties} and its arguments, shown in the user's
 * language by the view, and the refusals that carry one; points in time as people read them ({@link
 * se.uppdrag.text.Tidsformat}). Depends on nothing; every feature may use it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package se.uppdrag.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
