/** Start-up of an installation: the first administrator of an empty production database. */
@NullMarked
@ApplicationModule(allowedDependencies = {"personer", "security", "text"})
package se.uppdrag.start;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
