/** The diarium: diarienummer and the series they are allocated from. */
@NullMarked
@ApplicationModule(allowedDependencies = {"text"})
package se.uppdrag.diarium;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
