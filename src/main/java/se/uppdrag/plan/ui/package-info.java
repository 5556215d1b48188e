/** The administrator's view of the plans and their målområden. */
@NullMarked
package se.uppdrag.plan.ui;

import org.jspecify.annotations.NullMarked;
