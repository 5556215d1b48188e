/** The administrator's views of the organisation tree, the directory and its import. */
@NullMarked
package se.uppdrag.personer.ui;

import org.jspecify.annotations.NullMarked;
