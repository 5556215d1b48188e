/**
 * The person directory: everyone who can be named in an uppdrag, with or without a login. It uses no other feature
 * module, so its services and views name the administrator role by its string, {@code "ADMINISTRATOR"}
 * (KatalogvyernasRollTest keeps that equal to the role security hands out).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "text"})
package se.uppdrag.personer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
