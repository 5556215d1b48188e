/** Outgoing mail. In development it is captured by an embedded SMTP server instead of being sent. */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "personer", "security", "text"})
package se.uppdrag.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
