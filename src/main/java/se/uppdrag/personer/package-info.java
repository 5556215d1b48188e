/** The person directory: everyone who can be named in an uppdrag, with or without a login. */
@NullMarked
package se.uppdrag.personer;

import org.jspecify.annotations.NullMarked;
