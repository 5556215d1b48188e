/**
 * Follow-up: the uppföljningsrapport for a period and unit (on screen, PDF and XLSX), the Översikt of one's own
 * uppdrag, the administrator's Händelselogg of every action on every uppdrag, and the working-day calendar with the
 * Swedish public holidays.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"delegation", "diarium", "dokument", "personer", "plan", "security", "ui", "uppdrag", "text"})
package se.uppdrag.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
