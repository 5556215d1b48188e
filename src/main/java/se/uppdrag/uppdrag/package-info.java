/**
 * The uppdrag and its uppdragshandling. The package root is the API: {@link se.uppdrag.uppdrag.UppdragService}
 * and the records that describe the document section by section.
 */
@NullMarked
package se.uppdrag.uppdrag;

import org.jspecify.annotations.NullMarked;
