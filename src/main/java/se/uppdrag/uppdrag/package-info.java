/**
 * The uppdrag and its uppdragshandling. The package root is the API: {@link se.uppdrag.uppdrag.UppdragService}
 * and the records that describe the document section by section. Internal to the module: {@code internal/}
 * (entities, repositories), {@code process/} (what faces the process engine), {@code dokument/} (the document
 * template and PDF), {@code ui/} (the list, editor and document views), and two sub-features, each with its own
 * {@code ui/}: {@code tidplan/} (the timeline of one uppdrag and of a unit) and {@code versioner/} (the versions
 * kept when sent på remiss or för beslut, and their comparison).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"delegation", "diarium", "dokument", "drift", "notification", "personer", "plan", "security", "ui", "workflow",
        "text"})
package se.uppdrag.uppdrag;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
