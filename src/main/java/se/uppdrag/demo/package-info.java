/** Fictional demo people, logins and uppdrag for the development profile only. */
@NullMarked
package se.uppdrag.demo;

import org.jspecify.annotations.NullMarked;
