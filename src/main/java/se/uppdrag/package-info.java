/** Uppdrag: a Swedish region's formal assignments from draft to closing. */
@NullMarked
package se.uppdrag;

import org.jspecify.annotations.NullMarked;
