/**
 * What operating the application on one node or several needs and no feature owns: scheduled jobs run with a cluster
 * lock (ShedLock over the application's own database), so that a job runs on one node at a time; a form's submission
 * is applied once however often it is sent ({@link se.uppdrag.drift.Inlamningar}). Health indicators and
 * metrics live with the feature they measure; the management endpoints' access is the security module's.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"text"})
package se.uppdrag.drift;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
