/**
 * Follow-up: the uppföljningsrapport for a period and unit (on screen, PDF and XLSX), the Översikt of one's own
 * uppdrag, the administrator's Händelselogg of every action on every uppdrag, and the working-day calendar with the
 * Swedish public holidays; and the uppföljningsrapport of a period as a work product, compiled, approved through its own
 * small process and frozen ({@link se.uppdrag.reporting.PeriodrapportService}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"delegation", "diarium", "dokument", "drift", "notification", "personer", "plan", "security", "ui", "uppdrag", "text", "workflow"})
package se.uppdrag.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
