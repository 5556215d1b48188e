/**
 * Plans: a verksamhetsplan or budget of one to three years, adopted by a nämnd or styrelse on a date, with its
 * målområden and their mål. Administrators keep them; an uppdrag names the plan and målområde it belongs to, and the
 * follow-up groups by them and counts an uppdrag decided after the plan's adoption as tillkommande. It knows nothing of
 * the uppdrag itself.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"drift", "security", "text", "ui"})
package se.uppdrag.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
