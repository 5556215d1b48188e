/** Logins, roles and the current user. Participation in an uppdrag is checked by the uppdrag feature. */
@NullMarked
package se.uppdrag.security;

import org.jspecify.annotations.NullMarked;
