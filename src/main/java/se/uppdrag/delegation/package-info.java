/**
 * The delegationsordning: who may decide uppdrag of which unit of the organisation (a rule for a unit covers every
 * unit under it), optionally only of one kind ({@link se.uppdrag.delegation.Uppdragsslag}) and up to an amount in kr,
 * for a period. The uppdrag feature asks it who has authority for a case and tells it of every decision taken under
 * it; the register of those decisions is read for the anmälan. It knows nothing of the uppdrag itself.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "personer", "security", "text", "ui"})
package se.uppdrag.delegation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
