/** Fictional demo people, logins and uppdrag for the development profile only. */
@NullMarked
@ApplicationModule(allowedDependencies = {"delegation", "diarium", "personer", "plan", "security", "uppdrag", "text"})
package se.uppdrag.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
