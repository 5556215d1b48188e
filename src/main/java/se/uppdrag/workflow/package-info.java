/**
 * The task inbox over Flowable: what each person must do next, claimed, delegated, commented and completed
 * through {@link se.uppdrag.workflow.UppgiftService}, which checks who may act (Flowable itself checks nothing).
 * Features plug in with {@link se.uppdrag.workflow.ArendeKalla} (what a task is about) and
 * {@link se.uppdrag.workflow.UppgiftsFormular} (the form of a task).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "personer", "security", "text", "ui"})
package se.uppdrag.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
