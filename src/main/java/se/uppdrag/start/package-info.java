/** Start-up of an installation: the first administrator of an empty production database. */
@NullMarked
package se.uppdrag.start;

import org.jspecify.annotations.NullMarked;
