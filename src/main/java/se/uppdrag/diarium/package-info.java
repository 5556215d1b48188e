/** The diarium: diarienummer and the series they are allocated from. */
@NullMarked
package se.uppdrag.diarium;

import org.jspecify.annotations.NullMarked;
