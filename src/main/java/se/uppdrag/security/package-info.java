/** Logins, roles and the current user. Participation in an uppdrag is checked by the uppdrag feature. */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "personer", "text"})
package se.uppdrag.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
