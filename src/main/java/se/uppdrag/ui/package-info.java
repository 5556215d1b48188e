/** The application shell: main layout with menu, language choice and error handling. */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "security", "text"})
package se.uppdrag.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
