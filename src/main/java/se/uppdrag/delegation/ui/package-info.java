/** The administrator's view of the delegationsordning. */
@NullMarked
package se.uppdrag.delegation.ui;

import org.jspecify.annotations.NullMarked;
