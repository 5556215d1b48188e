/** The application shell: main layout with menu, language choice and error handling. */
@NullMarked
package se.uppdrag.ui;

import org.jspecify.annotations.NullMarked;
